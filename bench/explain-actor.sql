-- EXPLAIN (ANALYZE, BUFFERS) of what the actor filter and the actor page read on a miss since V8:
-- the per-actor summaries (with their pending deltas), the SQL of event.query.ActorSummary written
-- out, next to the co-actor facet counted from the events (what they read before). Run by
-- bench/explain.sh with the busiest actor (:actor) and the one sharing most of its events (:other).
\set ON_ERROR_STOP on
\pset pager off
\echo '=== actor summary: pending deltas right now (rows not yet folded)'
select (select count(*) from actor_type_year_delta) as type_year_deltas,
       (select count(*) from actor_pair_delta) as pair_deltas;
\echo '=== actor summary: one actor''s histogram (events per start year and type)'
explain (analyze, buffers, costs off) select year, type, sum(n) from (select year, type, n from actor_type_year_count
 where actor_id = :actor union all select year, type, n from actor_type_year_delta where actor_id = :actor) s
 where year <> 0 group by 1, 2 having sum(n) <> 0 order by 1, 2;
\echo '=== actor summary: one actor''s undated events'
explain (analyze, buffers, costs off) select coalesce(sum(case when year = 0 then n else -n end), 0) from (select year, type, n
 from actor_type_year_count where actor_id = :actor union all select year, type, n from actor_type_year_delta where actor_id = :actor) s;
\echo '=== actor summary: one actor''s co-actor facet'
explain (analyze, buffers, costs off) select a.id, a.name, a.name_en, a.kind, c.n from (select other_id, sum(n) as n from
 (select other_id, n from actor_pair_count where actor_id = :actor and year = 0
  union all select other_id, n from actor_pair_delta where actor_id = :actor and year = 0) s
 group by other_id having sum(n) > 0) c join actor a on a.id = c.other_id order by c.n desc, a.name, a.id limit 13;
\echo '=== actor summary: two actors'' events per start year'
explain (analyze, buffers, costs off) select year, sum(n) from (select year, n from actor_pair_count
 where actor_id = :actor and other_id = :other union all select year, n from actor_pair_delta
 where actor_id = :actor and other_id = :other) s where year <> 0 group by year having sum(n) <> 0 order by year desc;
\echo '=== actor summary: the axis, a decade of one actor by type and year'
explain (analyze, buffers, costs off) select type, year, sum(n) from (select actor_id, year, type, n from actor_type_year_count
 union all select actor_id, year, type, n from actor_type_year_delta) s
 where actor_id in (:actor) and year >= 2017 and year < 2027 group by 1, 2 having sum(n) <> 0;
\echo '=== before V8: the same co-actor facet counted from the events'
explain (analyze, buffers, costs off) select a.id, a.name, a.name_en, a.kind, count(*) from event_actor ea2
 join actor a on a.id = ea2.actor_id join event e on e.id = ea2.event_id
 where exists (select 1 from event_actor ea where ea.event_id = e.id and ea.actor_id = :actor) and e.review <> 'rejected'
 group by a.id, a.name, a.name_en, a.kind order by 5 desc, a.name, a.id limit 13;
