-- EXPLAIN (ANALYZE, BUFFERS) of what a text search reads on a miss (the SQL Hibernate generates,
-- written out): before, one pass over the matches per figure; now, one grouped pass, the newest
-- matches (bounded count and actor facet) and the page. Run by bench/explain.sh with :q a tsquery.
\set ON_ERROR_STOP on
\pset pager off
\echo '=== search, before: exact count (also the API total)'
explain (analyze, buffers, costs off) select count(e.id) from event e
 where chronology_matches(e.search_text, :'q') and e.review <> 'rejected';
\echo '=== search, before: histogram (start year x type)'
explain (analyze, buffers, costs off) select extract(year from e.date_start), e.type, count(e.id) from event e
 where chronology_matches(e.search_text, :'q') and e.review <> 'rejected' and e.date_start is not null
 group by 1, 2 order by 1, 2;
\echo '=== search, before: undated'
explain (analyze, buffers, costs off) select count(e.id) from event e
 where chronology_matches(e.search_text, :'q') and e.review <> 'rejected' and e.date_start is null;
\echo '=== search, before: type facet'
explain (analyze, buffers, costs off) select e.type, count(e.id) from event e
 where chronology_matches(e.search_text, :'q') and e.review <> 'rejected' group by e.type;
\echo '=== search, before: actor facet over every match'
explain (analyze, buffers, costs off) select a.id, a.name, a.name_en, a.kind, count(*) from event_actor ea2
 join actor a on a.id = ea2.actor_id join event e on e.id = ea2.event_id
 where chronology_matches(e.search_text, :'q') and e.review <> 'rejected'
 group by a.id, a.name, a.name_en, a.kind order by 5 desc, a.name, a.id limit 12;
\echo '=== search, before: the axis, a decade by type'
explain (analyze, buffers, costs off) select e.type, extract(year from e.date_start), count(distinct e.id) from event e
 where chronology_matches(e.search_text, :'q') and e.review <> 'rejected'
   and e.date_start >= date '2017-01-01' and e.date_start < date '2027-01-01' group by 1, 2;
\echo '=== search, now: one grouped pass (total, strip, undated, types, the axis decade)'
explain (analyze, buffers, costs off) select extract(year from e.date_start), e.type, count(e.id) from event e
 where chronology_matches(e.search_text, :'q') and e.review <> 'rejected' group by 1, 2;
\echo '=== search, now: the newest 1,001 matches (the HTML page''s bounded count, the actor facet''s sample)'
explain (analyze, buffers, costs off) select e.id from event e
 where chronology_matches(e.search_text, :'q') and e.review <> 'rejected'
 order by e.date_start desc nulls last, e.date_end desc nulls last, e.id desc limit 1001;
\echo '=== search, now: actor facet of the newest 1,000 matches'
explain (analyze, buffers, costs off) select a.id, a.name, a.name_en, a.kind, count(*) from event_actor ea2
 join actor a on a.id = ea2.actor_id join event e on e.id = ea2.event_id
 where e.id in (select e.id from event e where chronology_matches(e.search_text, :'q') and e.review <> 'rejected'
   order by e.date_start desc nulls last, e.date_end desc nulls last, e.id desc limit 1000)
 group by a.id, a.name, a.name_en, a.kind order by 5 desc, a.name, a.id limit 12;
\echo '=== search: first page, 100 ids newest first (both)'
explain (analyze, buffers, costs off) select e.id from event e
 where chronology_matches(e.search_text, :'q') and e.review <> 'rejected'
 order by e.date_start desc nulls last, e.date_end desc nulls last, e.id desc limit 100;
