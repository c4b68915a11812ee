-- actor_pair_count's primary key and V9's covering index were two B-trees on the same key
-- (actor_id, year, other_id), the covering one with n included (docs/benchmarks.md, "Issue #10: the
-- actor-pair fold with one index fewer"). The compaction's actor-pair fold (chronology_compact_summary,
-- an upsert a pair key: the 3,000-article ingest's largest statement in the database after V33's
-- trigger) changes n in every row it folds; n is in the covering index and in V30's top index, so
-- no such update is HOT and each one adds an entry to every index of the table, both of these
-- included. One unique index with n included serves both: the key (the upserts' conflict target,
-- the pair years' reads) and the index-only reads of one actor's co-actors (V9). The rows and the
-- counts are the same; the fold and the rebuild write one index entry fewer for each pair row.

-- No compaction round while the key is rebuilt.
select pg_advisory_xact_lock(7007);

alter table actor_pair_count drop constraint actor_pair_count_pkey;
alter table actor_pair_count
    add constraint actor_pair_count_pkey primary key (actor_id, year, other_id) include (n);
drop index actor_pair_count_covering_idx;
