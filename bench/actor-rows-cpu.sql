-- An ingest batch's actor rows inserted again on a copy of an ingested database, with V36's statement trigger
-- (actor_event, the actor deltas, the pairs), in a transaction rolled back: the events :lo..:hi and their actor
-- rows under ids one million higher. Prints the backend's CPU milliseconds for the event_actor insert.
-- Usage: psql -X -q -h localhost -p PORT -U postgres -d DB -v lo=10001 -v hi=10300 -f bench/actor-rows-cpu.sql
begin;
create temp table te on commit drop as select * from event where id between :lo and :hi;
update te set id = id + 1000000;
create temp table tea on commit drop as select event_id + 1000000 as event_id, actor_id, role, position from event_actor where event_id between :lo and :hi;
insert into event select * from te;
select split_part(pg_read_file('/proc/self/schedstat'), ' ', 1) as s0 \gset
insert into event_actor select * from tea;
select split_part(pg_read_file('/proc/self/schedstat'), ' ', 1) as s1 \gset
rollback;
select round((:s1 - :s0) / 1e6, 2) as cpu_ms \gset
\echo cpu_ms :cpu_ms
