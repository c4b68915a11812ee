-- The grouped counts of a text search as SearchRows.groups reads them (V16): the kept counts of a
-- registered frequent search, else the bitmap pass over event_search (a one-time filter decides).
--   psql -v q='زياره:*' -f bench/explain-frequent.sql
explain (analyze, buffers)
select c.year, c.type, c.n from search_count c join search_count_query k
    on k.id = c.query_id where k.q = :'q' and c.n <> 0
union all
select cast(extract(year from s.date_start) as integer), s.type, count(*)
from event_search s where chronology_vector_matches(s.search_tsv, :'q')
    and not exists (select 1 from search_count_query k where k.q = :'q')
group by 1, 2;
