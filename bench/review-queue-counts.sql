-- The review queue's counts (V28) and the visible events' (V7) as the pages read them (counts plus
-- pending deltas) against count(*) of the events, in one repeatable-read snapshot, so writers running
-- meanwhile (a start-up re-extraction) cannot make them differ. Usage: psql -f bench/review-queue-counts.sql
-- (docs/benchmarks.md, "Review-queue counts at 1M checked against count(*)").
begin transaction isolation level repeatable read;
select now() as at, (select sum(version) from data_version) as data_version;
-- queue total
select 'queue total' as what,
  (select coalesce(sum(n),0) from (select n from review_queue_day_count union all select n from review_queue_day_delta) s) as summary,
  (select count(*) from event where review = 'extracted') as exact;
select 'visible total' as what,
  (select coalesce(sum(n),0) from (select n from event_day_count union all select n from event_day_delta) s) as summary,
  (select count(*) from event where review <> 'rejected') as exact;
-- queue per type (start days)
with s as (select type, sum(n) n from (select type, n from review_queue_day_count union all select type, n from review_queue_day_delta) x group by type),
     e as (select type, count(*) n from event where review = 'extracted' group by type)
select 'queue by type: differing' as what, count(*) filter (where s.n is distinct from e.n) as differ, count(*) as types, sum(coalesce(s.n,0) - coalesce(e.n,0)) as summary_minus_exact
from s full join e using (type);
-- queue per start year (the year list)
with s as (select case when day = 'infinity' then 0 else extract(year from day)::int end y, sum(n) n from (select day, n from review_queue_day_count union all select day, n from review_queue_day_delta) x group by 1),
     e as (select coalesce(extract(year from date_start)::int, 0) y, count(*) n from event where review = 'extracted' group by 1)
select 'queue by start year: differing' as what, count(*) filter (where s.n is distinct from e.n) as differ, count(*) as years, sum(coalesce(s.n,0) - coalesce(e.n,0)) as summary_minus_exact
from s full join e using (y);
-- queue per year met (the year filter's total)
with s as (select year y, sum(n) n from (select year, n from review_queue_year_count union all select year, n from review_queue_year_delta) x group by 1),
     e as (select y, count(*) n from event ev cross join lateral chronology_event_years(ev.date_start, ev.date_end) y where review = 'extracted' group by 1)
select 'queue by year met: differing' as what, count(*) filter (where s.n is distinct from e.n) as differ, count(*) as years, sum(coalesce(s.n,0) - coalesce(e.n,0)) as summary_minus_exact
from s full join e using (y);
select 'pending deltas' as what, (select count(*) from review_queue_day_delta) day_deltas, (select count(*) from review_queue_year_delta) year_deltas, (select count(*) from event_day_delta) event_day_deltas;
select review, count(*) from event group by 1 order by 1;
commit;
