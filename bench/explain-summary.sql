-- EXPLAIN (ANALYZE, BUFFERS) of what a page reads on a miss since V7/V7_1: the summary counts (with
-- their pending deltas) and the year page's first ids. The SQL of SummaryCounts and
-- KeysetPages.yearByOffset, written out. Run by bench/explain.sh after explain.sql.
\set ON_ERROR_STOP on
\pset pager off
\echo '=== summary: pending deltas right now (rows not yet folded)'
select (select count(*) from event_day_delta) as day_deltas, (select count(*) from event_year_delta) as year_deltas,
       (select count(*) from actor_year_delta) as actor_deltas;
\echo '=== summary: year page total (events meeting the year)'
explain (analyze, buffers, costs off) select coalesce(sum(n), 0) from (select year, type, n from event_year_count
 union all select year, type, n from event_year_delta) s where year = :year;
\echo '=== summary: year page type facet'
explain (analyze, buffers, costs off) select type, sum(n) from (select year, type, n from event_year_count
 union all select year, type, n from event_year_delta) s where year = :year group by type having sum(n) <> 0 order by 1;
\echo '=== summary: year strip / histogram (events per start year and type)'
explain (analyze, buffers, costs off) select cast(extract(year from day) as integer), type, sum(n) from (select day, type, n from event_day_count
 union all select day, type, n from event_day_delta) s where day <> 'infinity' group by 1, 2 having sum(n) <> 0 order by 1, 2;
\echo '=== summary: undated'
explain (analyze, buffers, costs off) select coalesce(sum(n), 0) from (select day, type, n from event_day_count
 union all select day, type, n from event_day_delta) s where day = 'infinity';
\echo '=== summary: / total'
explain (analyze, buffers, costs off) select coalesce(sum(n), 0) from (select day, type, n from event_day_count
 union all select day, type, n from event_day_delta) s;
\echo '=== summary: actor facet of the year'
explain (analyze, buffers, costs off) select a.id, a.name, a.name_en, a.kind, c.n from (select actor_id, sum(n) as n
 from (select actor_id, n from actor_year_count where year = :year union all select actor_id, n from actor_year_delta where year = :year) s
 group by actor_id having sum(n) > 0) c join actor a on a.id = c.actor_id order by c.n desc, a.name, a.id limit 12;
\echo '=== summary: actor facet of all years'
explain (analyze, buffers, costs off) select a.id, a.name, a.name_en, a.kind, c.n from (select actor_id, sum(n) as n
 from (select actor_id, n from actor_year_count where year = 0 union all select actor_id, n from actor_year_delta where year = 0) s
 group by actor_id having sum(n) > 0) c join actor a on a.id = c.actor_id order by c.n desc, a.name, a.id limit 12;
\echo '=== summary: axis buckets of a decade, per year and type'
explain (analyze, buffers, costs off) select type, cast(extract(year from day) as integer), sum(n) from (select day, type, n from event_day_count
 union all select day, type, n from event_day_delta) s where day >= make_date(2020, 1, 1) and day < make_date(2030, 1, 1) group by 1, 2 having sum(n) <> 0;
\echo '=== summary: axis buckets of a year, per month and type'
explain (analyze, buffers, costs off) select type, cast(extract(month from day) as integer), sum(n) from (select day, type, n from event_day_count
 union all select day, type, n from event_day_delta) s where day >= make_date(:year, 1, 1) and day < make_date(:year + 1, 1, 1) group by 1, 2 having sum(n) <> 0;
\echo '=== year page: first 100 ids in reading order, V7_1 (crossing events + the year in index order)'
explain (analyze, buffers, costs off) select id, date_start, date_end from ((select e.id, e.date_start, e.date_end from event e
 where e.review <> 'rejected' and e.date_start is not null
   and extract(year from e.date_start) <> extract(year from coalesce(e.date_end, e.date_start))
   and daterange(e.date_start, coalesce(e.date_end, e.date_start), '[]') && daterange(make_date(:year, 1, 1), make_date(:year, 12, 31), '[]')
   and extract(year from e.date_start) < :year)
 union all (select e.id, e.date_start, e.date_end from event e where e.review <> 'rejected'
   and e.date_start >= make_date(:year, 1, 1) and e.date_start <= make_date(:year, 12, 31)
   order by e.date_start, e.date_end, e.id limit 100)) y order by date_start, date_end, id limit 100;
\echo '=== start-up: articles of another extractor version (V7_2)'
explain (analyze, buffers, costs off) select count(*) from article where extraction_state <> 'pending'
 and (extraction_version is null or extraction_version < 14 or extraction_version > 14);
\echo '=== start-up: pending articles'
explain (analyze, buffers, costs off) select id from article where extraction_state <> 'done' and extraction_state = 'pending' order by source, id;
