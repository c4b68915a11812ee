-- actor_pair_count's key in the order (actor_id, other_id, year), which makes V8's pair index
-- (actor_id, other_id) redundant: dropped (docs/benchmarks.md, "Issue #10: the actor pairs keyed by
-- pair"). The compaction's actor-pair fold (chronology_compact_summary, an upsert a pair key, the
-- largest statement of the 3,000-article ingest in the database with V36's trigger) changes n in
-- every row it folds; n is in V30's top index, so no such update is HOT and each one adds an entry to
-- every index of the table. With the pair index gone each folded pair (and each row the rebuild
-- makes) writes one index entry fewer.
--
-- The reads are served as before: the upserts' conflict target (actor_id, year, other_id) infers the
-- same unique index (its key columns as a set); a look-up by the whole key probes it in any order;
-- two actors' years (ActorSummary.pairYears: actor_id and other_id given, every year) read the
-- key's range of the pair, index-only on the included n where the pair index needed the heap; the
-- co-actor facet (year 0, top n) reads V30's top index and probes the key for the delta's co-actors.
-- The rows and the counts are the same.

-- No compaction round while the key is rebuilt.
select pg_advisory_xact_lock(7007);

alter table actor_pair_count drop constraint actor_pair_count_pkey;
alter table actor_pair_count
    add constraint actor_pair_count_pkey primary key (actor_id, other_id, year) include (n);
drop index actor_pair_count_pair_idx;
