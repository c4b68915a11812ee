-- EXPLAIN (ANALYZE, BUFFERS) of what the pages run (the SQL Hibernate generates, written out),
-- new form and, where V6 changed it, the old one. Run against a generated database:
--   bench/explain.sh /tmp/bench-data > plans.txt
-- Variables: :year, :actor (a popular actor), :q (a tsquery), :actors (ten actor ids, array).
\set ON_ERROR_STOP on
\pset pager off
\echo '=== year page: count, old predicate (btree on date_start bounds one side only)'
explain (analyze, buffers, costs off) select count(e.id) from event e
 where e.date_start <= make_date(:year, 12, 31) and coalesce(e.date_end, e.date_start) >= make_date(:year, 1, 1)
   and e.review <> 'rejected';
\echo '=== year page: count, new predicate (GiST on the interval)'
explain (analyze, buffers, costs off) select count(e.id) from event e
 where chronology_overlaps(e.date_start, e.date_end, make_date(:year, 1, 1), make_date(:year, 12, 31))
   and e.review <> 'rejected';
\echo '=== year page: first 100 ids in reading order, old predicate'
explain (analyze, buffers, costs off) select e.id from event e
 where e.date_start <= make_date(:year, 12, 31) and coalesce(e.date_end, e.date_start) >= make_date(:year, 1, 1)
   and e.review <> 'rejected'
 order by e.date_start asc nulls last, e.date_end asc nulls last, e.id limit 100;
\echo '=== year page: first 100 ids in reading order, new predicate'
explain (analyze, buffers, costs off) select e.id from event e
 where chronology_overlaps(e.date_start, e.date_end, make_date(:year, 1, 1), make_date(:year, 12, 31))
   and e.review <> 'rejected'
 order by e.date_start asc nulls last, e.date_end asc nulls last, e.id limit 100;
\echo '=== /: first 100 ids newest first (event_newest_idx)'
explain (analyze, buffers, costs off) select e.id from event e where e.review <> 'rejected'
 order by e.date_start desc nulls last, e.date_end desc nulls last, e.id desc limit 100;
\echo '=== /: page 50 (offset 5000)'
explain (analyze, buffers, costs off) select e.id from event e where e.review <> 'rejected'
 order by e.date_start desc nulls last, e.date_end desc nulls last, e.id desc limit 100 offset 5000;
\echo '=== /: count of all visible events (cached per data version)'
explain (analyze, buffers, costs off) select count(e.id) from event e where e.review <> 'rejected';
\echo '=== year strip: events per year and type (cached per data version)'
explain (analyze, buffers, costs off) select extract(year from e.date_start), e.type, count(e.id) from event e
 where e.review <> 'rejected' and e.date_start is not null group by 1, 2 order by 1, 2;
\echo '=== type facet of a year (cached)'
explain (analyze, buffers, costs off) select e.type, count(e.id) from event e
 where chronology_overlaps(e.date_start, e.date_end, make_date(:year, 1, 1), make_date(:year, 12, 31))
   and e.review <> 'rejected' group by e.type;
\echo '=== actor facet, no filter, old: count(distinct e.id) (cached)'
explain (analyze, buffers, costs off) select a.id, a.name, a.name_en, a.kind, count(distinct e.id)
 from event_actor ea join actor a on a.id = ea.actor_id join event e on e.id = ea.event_id
 where e.review <> 'rejected' group by a.id, a.name, a.name_en, a.kind order by 5 desc, a.name limit 12;
\echo '=== actor facet, no filter, new: count(*) (cached)'
explain (analyze, buffers, costs off) select a.id, a.name, a.name_en, a.kind, count(*)
 from event_actor ea join actor a on a.id = ea.actor_id join event e on e.id = ea.event_id
 where e.review <> 'rejected' group by a.id, a.name, a.name_en, a.kind order by 5 desc, a.name limit 12;
\echo '=== actor filter: first 100 ids newest first, one popular actor'
explain (analyze, buffers, costs off) select e.id from event e
 where exists (select 1 from event_actor ea where ea.event_id = e.id and ea.actor_id = :actor)
   and e.review <> 'rejected'
 order by e.date_start desc nulls last, e.date_end desc nulls last, e.id desc limit 100;
\echo '=== actor filter since V14_1: a page of 21 ids from actor_event_newest_idx (index only)'
explain (analyze, buffers, costs off) select event_id, date_start, date_end from actor_event
 where actor_id = :actor
 order by date_start desc nulls last, date_end desc nulls last, event_id desc limit 21;
\echo '=== ten actors, old: one exists() per actor'
select format('explain (analyze, buffers, costs off) select count(e.id) from event e where %s and e.review <> ''rejected''',
  string_agg(format('exists (select 1 from event_actor ea where ea.event_id = e.id and ea.actor_id = %s)', a), ' and '))
  from unnest(:'actors'::bigint[]) a \gexec
\echo '=== ten actors, new: one pass over their event_actor rows'
explain (analyze, buffers, costs off) select count(e.id) from event e
 where e.id in (select ea.event_id from event_actor ea where ea.actor_id = any(:'actors'::bigint[])
                group by ea.event_id having count(*) = cardinality(:'actors'::bigint[]))
   and e.review <> 'rejected';
\echo '=== text search: first 100 ids newest first'
explain (analyze, buffers, costs off) select e.id from event e
 where chronology_vector_matches(e.search_tsv, :'q') and e.review <> 'rejected'
 order by e.date_start desc nulls last, e.date_end desc nulls last, e.id desc limit 100;
\echo '=== text search: count (cached)'
explain (analyze, buffers, costs off) select count(e.id) from event e
 where chronology_vector_matches(e.search_tsv, :'q') and e.review <> 'rejected';
\echo '=== event page: sentences, new (projection, no article text)'
explain (analyze, buffers, costs off) select a.id, a.source, a.title, m.sentence_start, m.sentence_end, m.sentence,
  m.trigger_start, m.trigger_end, m.date_start_offset, m.date_end_offset, m.actor_offsets
 from mention m join article a on a.id = m.article_id
 where m.event_id = (select max(event_id) from mention) order by a.id, m.sentence_start limit 50;
\echo '=== event page: nearby events of the same actors (three index-ordered branches)'
explain (analyze, buffers, costs off) select id from (
 (select e.id, e.date_start from event e where e.review <> 'rejected' and exists (select 1 from event_actor ea where ea.event_id = e.id and ea.actor_id in (:actor))
   and e.date_start >= make_date(:year, 6, 1) order by e.date_start, e.id limit 6)
 union all (select e.id, e.date_start from event e where e.review <> 'rejected' and exists (select 1 from event_actor ea where ea.event_id = e.id and ea.actor_id in (:actor))
   and e.date_start < make_date(:year, 6, 1) order by e.date_start desc, e.id limit 6)
 union all (select e.id, e.date_start from event e where e.review <> 'rejected' and exists (select 1 from event_actor ea where ea.event_id = e.id and ea.actor_id in (:actor))
   and e.date_start is null order by e.id limit 6)) near
 order by (date_start is null), abs(date_start - make_date(:year, 6, 1)), id limit 6;
\echo '=== event page: nearby, old (every event of the actors sorted by distance)'
explain (analyze, buffers, costs off) select e.id from event e where e.review <> 'rejected' and exists
 (select 1 from event_actor ea where ea.event_id = e.id and ea.actor_id in (:actor))
 order by (e.date_start is null), abs(e.date_start - make_date(:year, 6, 1)), e.id limit 6;
