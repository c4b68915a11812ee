-- The merged result of a bench database without its ids, for comparing builds (docs/benchmarks.md):
-- counts, the summary's counts with their deltas folded, every event and every actor, sorted.
--   psql -X -q -h HOST -p PORT -U postgres -d postgres -f bench/ingest-dump.sql | md5sum
-- (on a copy of target/bench-ingest/data/postgres, started with the same PostgreSQL 17 binaries).
\pset format unaligned
\pset tuples_only on
select 'count article ' || count(*) from article;
select 'count event ' || count(*) from event;
select 'count mention ' || count(*) from mention;
select 'count event_actor ' || count(*) from event_actor;
select 'count actor ' || count(*) from actor;
select 'count actor_alias ' || count(*) from actor_alias;
select 'count event_search ' || count(*) from event_search;
select 'count actor_event ' || count(*) from actor_event;
-- The side table's vectors are the events' own.
select 'event_search differing ' || count(*) from event e join event_search s on s.id = e.id
 where s.search_tsv is distinct from e.search_tsv or s.type <> e.type;
create temp view an as select id, kind || ':' || name as n from actor;
select * from (
 select 'day ' || day || ' ' || type || ' ' || sum(n) from (select day, type, n from event_day_count union all select day, type, n from event_day_delta) x group by day, type having sum(n) <> 0
 union all select 'year ' || year || ' ' || type || ' ' || sum(n) from (select year, type, n from event_year_count union all select year, type, n from event_year_delta) x group by year, type having sum(n) <> 0
 union all select 'actor-year ' || year || ' ' || a.n || ' ' || sum(x.n) from (select year, actor_id, n from actor_year_count union all select year, actor_id, n from actor_year_delta) x join an a on a.id = x.actor_id group by year, a.n having sum(x.n) <> 0
 union all select 'actor-type-year ' || year || ' ' || type || ' ' || a.n || ' ' || sum(x.n) from (select year, type, actor_id, n from actor_type_year_count union all select year, type, actor_id, n from actor_type_year_delta) x join an a on a.id = x.actor_id group by year, type, a.n having sum(x.n) <> 0
 union all select 'pair ' || year || ' ' || a.n || ' ' || b.n || ' ' || sum(x.n) from (select year, actor_id, other_id, n from actor_pair_count union all select year, actor_id, other_id, n from actor_pair_delta) x join an a on a.id = x.actor_id join an b on b.id = x.other_id where x.actor_id <> x.other_id group by year, a.n, b.n having sum(x.n) <> 0
) s (line) order by line collate "C";
select line from (
 select concat_ws(' | ', 'event', e.type, e.title, e.status, e.review, e.confidence, e.date_start, e.date_end, e.date_precision,
   e.date_approximate, e.date_text, e.date_resolved_against, e.location_name, e.location_name_en, e.extractor_version,
   e.edited_fields::text, e.note, e.search_text, e.search_tsv::text,
   (select string_agg(a.n || '/' || coalesce(ea.role, '-') || '/' || ea.position, ',' order by a.n collate "C") from event_actor ea join an a on a.id = ea.actor_id where ea.event_id = e.id),
   (select string_agg(concat_ws('/', ar.source, m.sentence_start, m.sentence_end, m.trigger_start, m.trigger_end, m.date_start_offset, m.date_end_offset, m.actor_offsets::text, m.extractor_version), ',' order by ar.source collate "C", m.sentence_start, m.sentence_end, m.trigger_start) from mention m join article ar on ar.id = m.article_id where m.event_id = e.id),
   (select string_agg(a.n, ',' order by a.n collate "C") from actor_event ae join an a on a.id = ae.actor_id where ae.event_id = e.id)) as line
 from event e
 union all
 select concat_ws(' | ', 'actor', a.kind, a.name, a.name_en, a.office, c.n, a.active_from, a.active_to, a.origin, m.n,
   (select string_agg(al.alias || '=' || al.normalized, ',' order by al.normalized collate "C", al.alias collate "C") from actor_alias al where al.actor_id = a.id))
 from actor a left join an c on c.id = a.country_id left join an m on m.id = a.merged_into
) x order by line collate "C";
