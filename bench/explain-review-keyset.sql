-- The review queue's deep page (docs/benchmarks.md, "The review queue paged by key"): page :page
-- of 50 by offset (before), from the previous page's last sort key (confidence, id) as the pager's
-- links now carry it, and from the queue's end backwards (an old ?page= link past the middle).
-- Run twice; the second turn's timings are the warm ones.
--   psql -v page=8000 -f bench/explain-review-keyset.sql
\set ON_ERROR_STOP 1
select count(*) as total from event where review = 'extracted' \gset
select confidence as kc, id as kid from event where review = 'extracted'
  order by confidence, id offset :page * 50 - 1 limit 1 \gset
\echo '== page' :page 'by offset'
explain (analyze, buffers, costs off) select e.id from event e where e.review = 'extracted'
  order by e.confidence, e.id offset :page * 50 limit 50;
\echo '== page' :page 'after the key of the page before'
explain (analyze, buffers, costs off) select e.id from event e where e.review = 'extracted'
  and e.confidence >= :kc and (e.confidence > :kc or e.id > :kid)
  order by e.confidence, e.id limit 50;
\echo '== page' :page 'after the key of the page before, as a row comparison'
explain (analyze, buffers, costs off) select e.id from event e where e.review = 'extracted'
  and (e.confidence, e.id) > (:kc, :kid)
  order by e.confidence, e.id limit 50;
\echo '== the last page, by offset'
explain (analyze, buffers, costs off) select e.id from event e where e.review = 'extracted'
  order by e.confidence, e.id offset (:total - 1) / 50 * 50 limit 50;
\echo '== the last page, from the end backwards'
explain (analyze, buffers, costs off) select e.id from event e where e.review = 'extracted'
  order by e.confidence desc, e.id desc limit :total - (:total - 1) / 50 * 50;
