-- EXPLAIN (ANALYZE, BUFFERS) of what a text search reads on a miss (the SQL Hibernate generates,
-- written out). Run by bench/explain.sh with :q a tsquery. Since V11 a row is checked against its
-- stored vector (search_tsv); the walk is also run with the vector recomputed from the text, as
-- before V11, as the reference of the same run.
\set ON_ERROR_STOP on
\pset pager off
\echo '=== search: the newest 1,001 matches (first response: bounded count, actor sample)'
explain (analyze, buffers, costs off) select e.id from event e
 where chronology_vector_matches(e.search_tsv, :'q') and e.review <> 'rejected'
 order by e.date_start desc nulls last, e.date_end desc nulls last, e.id desc limit 1001;
\echo '=== reference: the same walk, the vector recomputed from the text per row (before V11)'
explain (analyze, buffers, costs off) select e.id from event e
 where to_tsvector('simple'::regconfig, chronology_search_doc(e.search_text)) @@ to_tsquery('simple'::regconfig, :'q')
   and e.review <> 'rejected'
 order by e.date_start desc nulls last, e.date_end desc nulls last, e.id desc limit 1001;
\echo '=== search: first page, 100 ids newest first (walks event_newest_idx)'
explain (analyze, buffers, costs off) select e.id from event e
 where chronology_vector_matches(e.search_tsv, :'q') and e.review <> 'rejected'
 order by e.date_start desc nulls last, e.date_end desc nulls last, e.id desc limit 100;
\echo '=== search: actor facet of the newest 1,000 matches (the app passes their ids)'
select '{' || string_agg(id::text, ',') || '}' as newest from (select e.id from event e
 where chronology_vector_matches(e.search_tsv, :'q') and e.review <> 'rejected'
 order by e.date_start desc nulls last, e.date_end desc nulls last, e.id desc limit 1000) x \gset
explain (analyze, buffers, costs off) select a.id, a.name, a.name_en, a.kind, count(*) from event_actor ea2
 join actor a on a.id = ea2.actor_id where ea2.event_id = any(:'newest'::bigint[])
 group by a.id, a.name, a.name_en, a.kind order by 5 desc, a.name, a.id limit 12;
\echo '=== search, after the first page: one grouped pass (strip, undated, types, axis; the API total)'
explain (analyze, buffers, costs off) select extract(year from e.date_start), e.type, count(e.id) from event e
 where chronology_vector_matches(e.search_tsv, :'q') and e.review <> 'rejected' group by 1, 2;
\echo '=== search, after the first page, since V14: the grouped pass over the side table event_search'
explain (analyze, buffers, costs off) select cast(extract(year from s.date_start) as integer), s.type, count(*)
 from event_search s where chronology_vector_matches(s.search_tsv, :'q') group by 1, 2;
\echo '=== search: the newest 1,001 from the side table, bitmap and sort (the counts page, when matches² < 1,001 × visible)'
explain (analyze, buffers, costs off) select s.id from event_search s
 where chronology_vector_matches(s.search_tsv, :'q')
 order by s.date_start desc nulls last, s.date_end desc nulls last, s.id desc limit 1001;
