-- EXPLAIN (ANALYZE, BUFFERS) of the pages' queries that could use event_date_idx,
-- event_review_idx or event's own GIN index event_search_tsv_idx (the SQL Hibernate generates,
-- written out from Where, KeysetPages, TimeAxisQuery, EventQueryService), on a generated database
-- (bench/generate.sql), as it is or, in a transaction rolled back at the end, without an index:
--   psql -v q='زياره:*' [-v variant=no_date_idx|no_gin|rejected_partial] -f bench/explain-event-indexes.sql
-- rejected_partial: event_date_idx replaced by a partial index on the rejected events alone.
\set ON_ERROR_STOP on
\pset pager off
\if :{?variant}
\else
\set variant all
\endif
select :'variant' = 'no_date_idx' as no_date, :'variant' = 'no_gin' as no_gin,
       :'variant' = 'rejected_partial' as partial \gset
begin;
\if :no_date
drop index event_date_idx;
\elif :no_gin
drop index event_search_tsv_idx;
\elif :partial
drop index event_date_idx;
create index event_rejected_idx on event (date_start, date_end, id) where review = 'rejected';
analyze event;
\endif
\set rare 'الرفاعي:*'
\echo '=== ?review=rejected: max(date_start) (TimeAxisQuery.newest)'
explain (analyze, buffers, costs off) select max(e.date_start) from event e where e.review = 'rejected';
\echo '=== ?review=rejected: time-axis rows of a decade (TimeAxisQuery.rows), oldest first'
explain (analyze, buffers, costs off) select e.id, e.type, e.title, e.date_start, e.date_end, e.date_precision, e.date_approximate
 from event e where e.review = 'rejected' and e.date_start < date '2026-01-01'
   and coalesce(e.date_end, e.date_start) >= date '2016-01-01' order by e.date_start, e.id;
\echo '=== ?review=rejected: time-axis buckets of a decade'
explain (analyze, buffers, costs off) select e.type, extract(year from e.date_start), count(distinct e.id)
 from event e where e.review = 'rejected' and e.date_start >= date '2016-01-01' and e.date_start < date '2026-01-01'
 group by 1, 2;
\echo '=== ?review=rejected: first 100 newest first (KeysetPages.byOffset)'
explain (analyze, buffers, costs off) select e.id, e.date_start, e.date_end from event e where e.review = 'rejected'
 order by e.date_start desc nulls last, e.date_end desc nulls last, e.id desc limit 100;
\echo '=== ?review=rejected&order=chronological: first 100 oldest first'
explain (analyze, buffers, costs off) select e.id, e.date_start, e.date_end from event e where e.review = 'rejected'
 order by e.date_start asc nulls last, e.date_end asc nulls last, e.id asc limit 100;
\echo '=== ?review=rejected&order=chronological: the next page after an anchor (KeysetPages.after)'
explain (analyze, buffers, costs off) select e.id, e.date_start, e.date_end from event e where e.review = 'rejected'
 and e.date_start >= date '2005-03-01' and (e.date_start > date '2005-03-01' or e.date_end > date '2005-03-01' or e.date_end is null)
 order by e.date_start asc nulls last, e.date_end asc nulls last, e.id asc limit 100;
\echo '=== ?review=rejected: count'
explain (analyze, buffers, costs off) select count(e.id) from event e where e.review = 'rejected';
\echo '=== ?review=confirmed: count'
explain (analyze, buffers, costs off) select count(e.id) from event e where e.review = 'confirmed';
\echo '=== ?from=2020-01-01&to=2020-03-31: first 100 newest first and count (rejected hidden)'
explain (analyze, buffers, costs off) select e.id, e.date_start, e.date_end from event e
 where coalesce(e.date_end, e.date_start) >= date '2020-01-01' and e.date_start <= date '2020-03-31' and e.review <> 'rejected'
 order by e.date_start desc nulls last, e.date_end desc nulls last, e.id desc limit 100;
explain (analyze, buffers, costs off) select count(e.id) from event e
 where coalesce(e.date_end, e.date_start) >= date '2020-01-01' and e.date_start <= date '2020-03-31' and e.review <> 'rejected';
\echo '=== ?from=2020-01-01&to=2020-03-31&review=rejected: first 100 newest first and count'
explain (analyze, buffers, costs off) select e.id, e.date_start, e.date_end from event e
 where coalesce(e.date_end, e.date_start) >= date '2020-01-01' and e.date_start <= date '2020-03-31' and e.review = 'rejected'
 order by e.date_start desc nulls last, e.date_end desc nulls last, e.id desc limit 100;
explain (analyze, buffers, costs off) select count(e.id) from event e
 where coalesce(e.date_end, e.date_start) >= date '2020-01-01' and e.date_start <= date '2020-03-31' and e.review = 'rejected';
\echo '=== ?q=Q&status=planned: count (MatchGroups.count: not a side-table filter)'
explain (analyze, buffers, costs off) select extract(year from e.date_start), e.type, count(e.id) from event e
 where e.search_tsv @@ to_tsquery('simple', :'rare') and e.status = 'planned' and e.review <> 'rejected' group by 1, 2;
\echo '=== ?q=Q&status=planned: first 100 newest first'
explain (analyze, buffers, costs off) select e.id, e.date_start, e.date_end from event e
 where e.search_tsv @@ to_tsquery('simple', :'rare') and e.status = 'planned' and e.review <> 'rejected'
 order by e.date_start desc nulls last, e.date_end desc nulls last, e.id desc limit 100;
\echo '=== ?q=Q&review=rejected: count'
explain (analyze, buffers, costs off) select extract(year from e.date_start), e.type, count(e.id) from event e
 where e.search_tsv @@ to_tsquery('simple', :'q') and e.review = 'rejected' group by 1, 2;
rollback;
