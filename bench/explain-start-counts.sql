-- The counts V29 reads from event_start_count, next to the same counts from the day counts as they
-- were read before it (one database with V29 applied; both read the same folded counts and deltas).
--   for t in 1 2; do psql -X -h localhost -p PORT -U postgres -d postgres \
--     -f bench/explain-start-counts.sql; done
-- (PGPASSWORD=postgres; PORT: line 4 of DATA/postgres/postmaster.pid): old and new in turns, twice.
\pset pager off
\echo '== histogram (year strip), day counts'
explain (analyze, buffers, costs off) select cast(extract(year from day) as integer), type, sum(n) from (select day, type, n from event_day_count union all select day, type, n from event_day_delta) s where day <> 'infinity' group by 1, 2 having sum(n) <> 0 order by 1, 2;
\echo '== histogram (year strip), start-year counts'
explain (analyze, buffers, costs off) select year, type, sum(n) from (select year, type, n from event_start_count union all select chronology_start_year(day), type, n from event_day_delta) s where year <> 0 group by 1, 2 having sum(n) <> 0 order by 1, 2;
\echo '== type facet of /, day counts'
explain (analyze, buffers, costs off) select type, sum(n) from (select day, type, n from event_day_count union all select day, type, n from event_day_delta) s group by type having sum(n) <> 0 order by 1;
\echo '== type facet of /, start-year counts'
explain (analyze, buffers, costs off) select type, sum(n) from (select year, type, n from event_start_count union all select chronology_start_year(day), type, n from event_day_delta) s group by type having sum(n) <> 0 order by 1;
\echo '== total of /, day counts'
explain (analyze, buffers, costs off) select coalesce(sum(n), 0) from (select day, type, n from event_day_count union all select day, type, n from event_day_delta) s;
\echo '== total of /, start-year counts'
explain (analyze, buffers, costs off) select coalesce(sum(n), 0) from (select year, type, n from event_start_count union all select chronology_start_year(day), type, n from event_day_delta) s;
\echo '== axis year buckets 1990-2030, day counts'
explain (analyze, buffers, costs off) select type, cast(extract(year from day) as integer), sum(n) from (select day, type, n from event_day_count union all select day, type, n from event_day_delta) s where day >= date '1990-01-01' and day < date '2030-01-01' group by 1, 2 having sum(n) <> 0;
\echo '== axis year buckets 1990-2030, start-year counts'
explain (analyze, buffers, costs off) select type, year, sum(n) from (select year, type, n from event_start_count union all select chronology_start_year(day), type, n from event_day_delta) s where year >= 1990 and year < 2030 and year <> 0 group by 1, 2 having sum(n) <> 0;
