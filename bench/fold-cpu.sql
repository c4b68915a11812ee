-- The summary compaction's CPU on a copy of an ingested database (docs/benchmarks.md, "Issue #10: the actor
-- pairs keyed by pair (V38) and the actor folds in key order (V39)"): the whole database's actor deltas, grouped by
-- batches of 280 events as V36's trigger writes them, folded in one round into emptied counts, in a transaction
-- rolled back. Prints the backend's CPU milliseconds for the round (/proc/self/schedstat: superuser only).
-- Usage: psql -X -q -h localhost -p PORT -U postgres -d DB -f bench/fold-cpu.sql
--   (alternate two databases, e.g. one made with `create database b template a` and a migration applied to it)
begin;
truncate actor_pair_count, actor_type_year_count, actor_year_count;
insert into actor_pair_delta
  select x.actor_id, y, z.actor_id, count(*)
  from event e join event_actor x on x.event_id = e.id join event_actor z on z.event_id = e.id
  cross join lateral chronology_start_years(e.date_start) y
  where e.review <> 'rejected' group by e.id / 280, 1, 2, 3;
insert into actor_type_year_delta
  select ea.actor_id, y, e.type, count(*) from event_actor ea join event e on e.id = ea.event_id
  cross join lateral chronology_start_years(e.date_start) y
  where e.review <> 'rejected' group by e.id / 280, 1, 2, 3;
insert into actor_year_delta
  select y.y, ea.actor_id, count(*) from event_actor ea join event e on e.id = ea.event_id
  cross join lateral (select 0 as y union all select chronology_event_years(e.date_start, e.date_end)) y
  where e.review <> 'rejected' group by e.id / 280, 1, 2;
select count(*) as pair_deltas from actor_pair_delta \gset
select split_part(pg_read_file('/proc/self/schedstat'), ' ', 1) as s0 \gset
select chronology_compact_summary();
select split_part(pg_read_file('/proc/self/schedstat'), ' ', 1) as s1 \gset
select count(*) as pairs from actor_pair_count \gset
rollback;
select round((:s1 - :s0) / 1e6, 2) as cpu_ms \gset
\echo cpu_ms :cpu_ms deltas :pair_deltas pairs :pairs
