-- Synthetic volume for benchmarks, through the real tables (bench/generate.sh runs it):
--   psql -v events=100000 -f bench/generate.sql
-- Adds :events events on top of what is there, with
--   * actors: 2,000 + events/500, five kinds, one to three aliases each; popularity Zipf-like
--     (actor rank r is chosen with probability ~ 1/r: floor(n ^ random()));
--   * dates 1990-2026, denser in recent years; precision day 45%, month 25%, year 12%, week 6%,
--     unknown 12% (no date);
--   * status happened 70%, reported 15%, planned 10%, cancelled 5%; review extracted 85%,
--     confirmed 8%, edited 5%, rejected 2%; one to three revisions for each reviewed event;
--   * one to four actors and one to four mentions per event; mentions are sentences of synthetic
--     articles (about three events per article) whose stored text really holds them at the stored
--     offsets, with date, trigger and actor spans inside the sentence.
-- Set-based (generate_series, one statement per table), triggers and foreign-key checks off while
-- loading (session_replication_role = replica), the data version bumped once at the end.

\set ON_ERROR_STOP on
\timing on
-- The extractor version the articles are stored as made by (bench/generate.sh passes the source's
-- ArabicEventExtractor.VERSION): a start-up marks pending, and extracts again, every article of
-- another version or of none (article.StaleArticles), which at a million events is hours before
-- readiness. Without -v extractor_version, the version of the articles already extracted.
\if :{?extractor_version}
\else
select coalesce(max(extraction_version)::text, '') as extractor_version
from article where extraction_state = 'done'
\gset
\endif
select (:'extractor_version' <> '') as has_version \gset
\if :has_version
\else
do $$ begin raise exception 'no extractor version: pass -v extractor_version=N'; end $$;
\endif
set session_replication_role = replica;
set synchronous_commit = off;
set work_mem = '256MB';
set maintenance_work_mem = '512MB';

begin;

create temp table p as
select :events::bigint as events,
       2000 + :events::bigint / 500 as actors,
       greatest(1, :events::bigint / 3) as articles,
       (select coalesce(max(id), 0) from event) as e0,
       (select coalesce(max(id), 0) from actor) as a0,
       (select coalesce(max(id), 0) from article) as r0,
       (select coalesce(max(id), 0) from actor_alias) as al0,
       (select coalesce(max(id), 0) from mention) as m0,
       (select coalesce(max(id), 0) from revision) as v0;

-- Name parts recombined into actor names.
create temp table first_names(i, w) as
select row_number() over () - 1, w from unnest(array[
  'محمد','أحمد','علي','حسن','إلهام','بيني','يائير','نفتالي','جيهون','رامز','ليلى','سارة','عمر',
  'خالد','يوسف','إسحاق','موشيه','أفيغدور','حكمت','زاكر','مهدي','فؤاد','نادر','سمير','ريم']) w;
create temp table last_names(i, w) as
select row_number() over () - 1, w from unnest(array[
  'علييف','غانتس','لابيد','بينيت','بيرم','مصطفاييف','حسنوف','بايراموف','هرتسوغ','نتنياهو',
  'شاكر','الحسيني','كوهين','ليبرمان','حاجييف','غولدشتاين','عبد الله','الرفاعي','مامادوف',
  'أسدوف','كريموف','بن دافيد','زادة','أوغلو','شتاينتس']) w;
create temp table orgs(i, w) as
select row_number() over () - 1, w from unnest(array[
  'وزارة','هيئة','شركة','مجلس','جيش','وكالة','مؤسسة','جماعة','بنك','اتحاد']) w;
create temp table places(i, w, en) as
select row_number() over () - 1, w, en from (values
  ('باكو','Baku'),('تل أبيب','Tel Aviv'),('القدس','Jerusalem'),('أنقرة','Ankara'),
  ('طهران','Tehran'),('موسكو','Moscow'),('جنيف','Geneva'),('كنجة','Ganja'),
  ('حيفا','Haifa'),('واشنطن','Washington'),(null,null),(null,null)) v(w, en);
create temp table triggers(type, w, title) as
values ('visit','بزيارة','زيارة'),('meeting','التقى','لقاء'),('deal','وقع صفقة','صفقة'),
       ('diplomatic','افتتح سفارة','خطوة دبلوماسية'),('incident','وقع هجوم','حادث'),
       ('military','أجرى مناورات','مناورات عسكرية'),('statement','صرح','تصريح'),
       ('other','أعلن','إعلان');

insert into actor (id, kind, name, name_en, office, origin)
select p.a0 + g,
       k.kind,
       case when k.kind = 'person'
            then f.w || ' ' || l.w || ' ' || (p.a0 + g)
            else o.w || ' ' || l.w || ' ' || (p.a0 + g) end,
       case when g % 3 = 0 then 'Actor ' || (p.a0 + g) end,
       case when k.kind = 'person' and g % 4 = 0 then 'وزير' end,
       'extractor'
from p, generate_series(1, (select actors from p)) g
cross join lateral (select case when g % 10 < 6 then 'person' when g % 10 = 6 then 'country'
                                when g % 10 < 9 then 'organization'
                                when g % 20 = 9 then 'company' else 'group' end as kind) k
join first_names f on f.i = g % 25
join last_names l on l.i = (g / 25) % 25
join orgs o on o.i = g % 10;

-- One to three aliases per actor: the name itself, a short form, a spelling variant.
insert into actor_alias (id, actor_id, alias, normalized)
select p.al0 + row_number() over (), a.id, v.alias,
       translate(v.alias, 'أإآةى', 'اااهي')
from p, actor a
cross join lateral (values (a.name, 0),
                           (split_part(a.name, ' ', 2) || ' ' || split_part(a.name, ' ', 3), 1),
                           (replace(a.name, 'غ', 'ج'), 2)) v(alias, n)
where a.id > p.a0 and v.n < 1 + a.id % 3
on conflict (actor_id, normalized) do nothing;

-- Events: date, precision, type, status, review.
create temp table ev as
select p.e0 + g as id,
       g,
       (1990 + floor(37 * sqrt(random())))::int as y,
       random() as pr,
       (array['visit','meeting','deal','diplomatic','incident','military','statement','other'])
         [1 + floor(8 * power(random(), 1.3))::int] as type,
       random() as st,
       random() as rv
from p, generate_series(1, (select events from p)) g;

create temp table ev2 as
select ev.*,
       case when pr < 0.45 then 'day' when pr < 0.70 then 'month' when pr < 0.82 then 'year'
            when pr < 0.88 then 'week' else 'unknown' end as precision,
       make_date(least(y, 2026), 1, 1) + floor(random() * 365)::int as d
from ev;

insert into event (id, type, title, status, review, confidence, date_start, date_end,
                   date_precision, date_approximate, date_text, location_name, location_name_en,
                   extractor_version, search_text, created_at, updated_at)
select e.id, e.type, t.title || ' ' || e.g,
       case when st < 0.70 then 'happened' when st < 0.85 then 'reported'
            when st < 0.95 then 'planned' else 'cancelled' end,
       case when rv < 0.85 then 'extracted' when rv < 0.93 then 'confirmed'
            when rv < 0.98 then 'edited' else 'rejected' end,
       round((0.4 + 0.6 * random())::numeric, 2),
       case e.precision when 'day' then e.d when 'week' then e.d
            when 'month' then date_trunc('month', e.d)::date
            when 'year' then make_date(extract(year from e.d)::int, 1, 1) end,
       case e.precision when 'day' then e.d when 'week' then e.d + 6
            when 'month' then (date_trunc('month', e.d) + interval '1 month - 1 day')::date
            when 'year' then make_date(extract(year from e.d)::int, 12, 31) end,
       e.precision,
       e.precision = 'week',
       case e.precision when 'unknown' then 'يوم الأحد'
            when 'year' then 'عام ' || extract(year from e.d)
            else 'في ' || to_char(e.d, 'DD-MM-YYYY') end,
       pl.w, pl.en,
       :extractor_version,
       '', now(), now()
from ev2 e
join triggers t on t.type = e.type
join places pl on pl.i = e.g % 12;

-- One to four actors per event, Zipf-like: rank floor(n ^ random()).
insert into event_actor (event_id, actor_id, role, position)
select e.id, p.a0 + r.rank, null, r.k
from p, ev e
cross join lateral (
  select distinct on (rank) k, rank from (
    select k, floor(power((select actors from p)::float8, random()))::bigint as rank
    from generate_series(0, (e.g % 4)::int) k
    where e.id is not null) x
  order by rank, k) r
where r.rank <= (select actors from p)
on conflict do nothing;

-- Sentences: one to four per event, each in a synthetic article.
create temp table sent as
select e.id as event_id,
       k,
       p.r0 + 1 + floor(random() * p.articles)::bigint as article_id,
       'قال مصدر مطلع إن ' || coalesce(a.name, 'مسؤولاً') || ' ' || t.w || ' '
         || coalesce(pl.w, 'العاصمة') || ' ' || v.date_text || ' وفق ما نقلته الوكالة.' as sentence,
       coalesce(a.name, 'مسؤولاً') as actor_name,
       t.w as trig,
       v.date_text
from p, ev e
join event v on v.id = e.id
join triggers t on t.type = e.type
join places pl on pl.i = e.g % 12
left join event_actor ea on ea.event_id = e.id and ea.position = 0
left join actor a on a.id = ea.actor_id
cross join lateral generate_series(0, (e.g * 7 % 4)::int) k;

create temp table sent2 as
select s.*,
       row_number() over (order by article_id, event_id, k) as n,
       coalesce(sum(length(sentence) + 1) over (partition by article_id order by event_id, k
                rows between unbounded preceding and 1 preceding), 0)::int as start
from sent s;

-- Stored as already extracted by the current extractor version (:extractor_version, above): the
-- synthetic events stand for the extraction's output, and the next start must not re-extract
-- (and so replace) them.
insert into article (id, source, sha256, raw_text, encoding, title, outlet, published_on,
                     published_on_source, extraction_state, extraction_version)
select x.article_id, 'synthetic-' || x.article_id || '.txt',
       encode(sha256(convert_to(x.text || x.article_id, 'UTF8')), 'hex'),
       x.text, 'UTF-8', 'مقالة اصطناعية ' || x.article_id, 'وكالة الاختبار',
       date '2000-01-01' + (x.article_id % 9000)::int, 'metadata',
       'done', :extractor_version
from (select article_id, string_agg(sentence, E'\n' order by event_id, k) as text
      from sent2 group by article_id) x;

insert into mention (id, event_id, article_id, sentence_start, sentence_end, sentence,
                     trigger_start, trigger_end, date_start_offset, date_end_offset,
                     actor_offsets, extractor_version)
select p.m0 + s.n, s.event_id, s.article_id, s.start, s.start + length(s.sentence), s.sentence,
       s.start + strpos(s.sentence, s.trig) - 1,
       s.start + strpos(s.sentence, s.trig) - 1 + length(s.trig),
       s.start + strpos(s.sentence, s.date_text) - 1,
       s.start + strpos(s.sentence, s.date_text) - 1 + length(s.date_text),
       array[s.start + 17, s.start + 17 + length(s.actor_name)],
       :extractor_version
from p, sent2 s;

-- What text search reads: the title, the sentences and the actor names, normalised the cheap way.
update event e set search_text = translate(x.doc, 'أإآةى', 'اااهي')
from (select e.id, e.title || ' ' || string_agg(distinct m.sentence, ' ') as doc
      from p, event e join mention m on m.event_id = e.id
      where e.id > p.e0 group by e.id, e.title) x
where x.id = e.id;

-- Revisions for the events editors reviewed.
insert into revision (id, entity_type, entity_id, action, username, created_at, reason,
                      before_json, after_json)
select p.v0 + row_number() over (), 'event', e.id,
       case when e.review = 'edited' then 'edit' else e.review end, 'editor-' || (e.id % 7),
       now() - (e.id % 1000) * interval '1 hour', null,
       '{"review":"extracted"}', '{"review":"' || e.review || '"}'
from p, event e cross join lateral generate_series(1, 1 + (e.id % 3)::int) k
where e.id > p.e0 and e.review <> 'extracted';

select setval(pg_get_serial_sequence('event', 'id'), (select max(id) from event));
select setval(pg_get_serial_sequence('actor', 'id'), (select max(id) from actor));
select setval(pg_get_serial_sequence('actor_alias', 'id'), (select max(id) from actor_alias));
select setval(pg_get_serial_sequence('article', 'id'), (select max(id) from article));
select setval(pg_get_serial_sequence('mention', 'id'), (select max(id) from mention));
select setval(pg_get_serial_sequence('revision', 'id'), (select max(id) from revision));

-- The side tables V14 and V14_1 keep by triggers (text search, an actor's pages), filled as those
-- migrations fill them: without them a generated database answered no search and no actor page.
insert into event_search
select e.id, e.date_start, e.date_end, e.type, e.search_tsv
from p, event e where e.id > p.e0 and e.review <> 'rejected';
insert into actor_event
select ea.actor_id, ea.event_id, e.date_start, e.date_end
from p, event_actor ea join event e on e.id = ea.event_id
where ea.event_id > p.e0 and e.review <> 'rejected';

-- Triggers were off while loading: one bump tells every instance that the data changed.
update data_version set version = version + 1 where slot = 0;

commit;

set session_replication_role = origin;
-- The summary counts (V7) are kept by triggers, which were off: recount them once.
do $$
begin
    if exists (select 1 from pg_proc where proname = 'chronology_rebuild_summary') then
        perform chronology_rebuild_summary();
    end if;
    -- The review queue's counts (V28), kept by triggers too.
    if exists (select 1 from pg_proc where proname = 'chronology_rebuild_review_queue') then
        perform chronology_rebuild_review_queue();
    end if;
end
$$;
vacuum (analyze);

select (select count(*) from event) as events, (select count(*) from actor) as actors,
       (select count(*) from article) as articles, (select count(*) from mention) as mentions,
       (select count(*) from event_actor) as event_actors, (select count(*) from revision) as revisions;
