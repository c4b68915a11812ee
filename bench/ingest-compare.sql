-- The database an ingest leaves, without surrogate ids or timestamps (bench/ingest-compare.sh):
-- what bench/ingest-dump.sql shows (counts, the summaries folded, every event with its actor rows,
-- mentions and actor-event rows, every actor with its aliases), aggregated per table first rather
-- than by a subquery per event (that dump ran over 10 minutes at 3,000 articles), and what it leaves
-- out: versions, the merger's columns of mentions, revisions, the search side table, the review
-- queue's and start years' counts, articles' extraction state, kept extractions.
\pset format unaligned
\pset tuples_only on
create temp table an as select id, kind || ':' || name as n from actor;
create unique index on an (id);
-- An event by its first mention (article source, sentence, trigger), then its type and title.
create temp table ek as
  select e.id, coalesce(f.k, '-') || ' ' || e.type || ' ' || e.title as k
  from event e left join (
    select distinct on (m.event_id) m.event_id, ar.source || '@' || m.sentence_start || '/' || coalesce(m.trigger_start, -1) as k
    from mention m join article ar on ar.id = m.article_id
    order by m.event_id, ar.source collate "C", m.sentence_start, m.trigger_start) f on f.event_id = e.id;
create unique index on ek (id);
select 'count article ' || count(*) from article;
select 'count event ' || count(*) from event;
select 'count mention ' || count(*) from mention;
select 'count event_actor ' || count(*) from event_actor;
select 'count actor ' || count(*) from actor;
select 'count actor_alias ' || count(*) from actor_alias;
select 'count event_search ' || count(*) from event_search;
select 'count actor_event ' || count(*) from actor_event;
select 'count revision ' || count(*) from revision;
select 'event_search differing ' || count(*) from event e join event_search s on s.id = e.id
 where s.search_tsv is distinct from e.search_tsv or s.type <> e.type;
select * from (
 select 'day ' || day || ' ' || type || ' ' || sum(n) from (select day, type, n from event_day_count union all select day, type, n from event_day_delta) x group by day, type having sum(n) <> 0
 union all select 'year ' || year || ' ' || type || ' ' || sum(n) from (select year, type, n from event_year_count union all select year, type, n from event_year_delta) x group by year, type having sum(n) <> 0
 union all select 'actor-year ' || year || ' ' || a.n || ' ' || sum(x.n) from (select year, actor_id, n from actor_year_count union all select year, actor_id, n from actor_year_delta) x join an a on a.id = x.actor_id group by year, a.n having sum(x.n) <> 0
 union all select 'actor-type-year ' || year || ' ' || type || ' ' || a.n || ' ' || sum(x.n) from (select year, type, actor_id, n from actor_type_year_count union all select year, type, actor_id, n from actor_type_year_delta) x join an a on a.id = x.actor_id group by year, type, a.n having sum(x.n) <> 0
 union all select 'pair ' || year || ' ' || a.n || ' ' || b.n || ' ' || sum(x.n) from (select year, actor_id, other_id, n from actor_pair_count union all select year, actor_id, other_id, n from actor_pair_delta) x join an a on a.id = x.actor_id join an b on b.id = x.other_id where x.actor_id <> x.other_id group by year, a.n, b.n having sum(x.n) <> 0
 union all select 'queue-day ' || day || ' ' || type || ' ' || sum(n) from (select day, type, n from review_queue_day_count union all select day, type, n from review_queue_day_delta) x group by day, type having sum(n) <> 0
 union all select 'queue-year ' || year || ' ' || type || ' ' || sum(n) from (select year, type, n from review_queue_year_count union all select year, type, n from review_queue_year_delta) x group by year, type having sum(n) <> 0
 union all select 'start-year ' || year || ' ' || type || ' ' || n from event_start_count where n <> 0
) s (line) order by line collate "C";
with ea as (select ea.event_id, string_agg(a.n || '/' || coalesce(ea.role, '-') || '/' || ea.position, ',' order by a.n collate "C") as s
    from event_actor ea join an a on a.id = ea.actor_id group by ea.event_id),
  ms as (select m.event_id, string_agg(concat_ws('/', ar.source, m.sentence_start, m.sentence_end, m.trigger_start, m.trigger_end,
      m.date_start_offset, m.date_end_offset, m.actor_offsets::text, m.extractor_version, m.merge_type, m.merge_start, m.merge_end,
      m.merge_location, m.merge_actors::text, m.sentence), ',' order by ar.source collate "C", m.sentence_start, m.sentence_end, m.trigger_start) as s
    from mention m join article ar on ar.id = m.article_id group by m.event_id),
  ae as (select ae.event_id, string_agg(a.n || '/' || coalesce(ae.date_start::text, '-') || '/' || coalesce(ae.date_end::text, '-'), ',' order by a.n collate "C") as s
    from actor_event ae join an a on a.id = ae.actor_id group by ae.event_id),
  al as (select actor_id, string_agg(alias || '=' || normalized, ',' order by normalized collate "C", alias collate "C") as s
    from actor_alias group by actor_id)
select line from (
 select concat_ws(' | ', 'event', k.k, e.status, e.review, e.confidence, e.date_start, e.date_end, e.date_precision,
   e.date_approximate, e.date_text, e.date_resolved_against, e.location_name, e.location_name_en, e.extractor_version,
   e.edited_fields::text, e.note, e.search_text, e.search_tsv::text, e.version, ea.s, ms.s, ae.s,
   (select concat_ws('/', s.type, s.date_start, s.date_end) from event_search s where s.id = e.id)) as line
 from event e join ek k on k.id = e.id left join ea on ea.event_id = e.id left join ms on ms.event_id = e.id left join ae on ae.event_id = e.id
 union all
 select concat_ws(' | ', 'actor', a.kind, a.name, a.name_en, a.office, c.n, a.active_from, a.active_to, a.origin, m.n, a.version, al.s)
 from actor a left join an c on c.id = a.country_id left join an m on m.id = a.merged_into left join al on al.actor_id = a.id
 union all
 select concat_ws(' | ', 'revision', r.entity_type, r.action, r.username, r.reason, r.before_json, r.after_json) from revision r
 union all
 select concat_ws(' | ', 'article', a.source, a.extraction_state, a.extraction_version, a.extraction_error) from article a
 union all
 select concat_ws(' | ', 'kept-extraction', a.source, x.extractor_version, x.gazetteer, md5(x.events))
 from article_extraction x join article a on a.id = x.article_id
) x order by line collate "C";
