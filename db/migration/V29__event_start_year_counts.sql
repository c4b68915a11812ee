-- Events per start year and type, folded from the day counts (docs/benchmarks.md, "The year strip
-- and the facets of `/` from start-year counts"). The year strip, `/`'s total and type facet and the
-- axis' year buckets were added up from event_day_count (V7: a row per start day and type, 96,290
-- rows at a million events) on every page-cache miss: 160-330 ms each under load, most of the
-- database time of a year page's or `/`'s first read after a write. This table holds the same
-- counts by year (about 300 rows at a million events; year 0 = no known start, a year PostgreSQL
-- never gives a date).
--
-- Writers are unchanged: they append to event_day_delta as before. The compaction folds those
-- deltas into event_day_count and, in the same statement, into this table, so a reader adding this
-- table to the deltas (grouped by their start year) sees either the deltas or their sum, as with
-- the day counts. The rebuild and the truncate trigger clear and fill it with the day counts.

-- No compaction round while the table is filled from the day counts.
select pg_advisory_xact_lock(7007);

create table event_start_count (
    year integer not null,
    type text    not null,
    n    bigint  not null,
    primary key (year, type)
);

-- The start year of a day count's day ('infinity': no known start, 0).
create or replace function chronology_start_year(d date) returns integer
    language sql immutable parallel safe
as $$
    select case when d = 'infinity'::date then 0 else extract(year from d)::integer end
$$;

insert into event_start_count
    select chronology_start_year(day), type, sum(n)
    from event_day_count group by 1, 2 having sum(n) <> 0;

-- V18_1's compaction, the day deltas also folded into event_start_count.
create or replace function chronology_compact_summary() returns boolean
    language plpgsql
as $$
declare
    d1 date[]; t1 text[];
    y2 integer[]; t2 text[];
    y3 integer[]; a3 bigint[];
    a4 bigint[]; y4 integer[]; t4 text[];
    a5 bigint[]; y5 integer[]; o5 bigint[];
    zeros integer;
begin
    if not pg_try_advisory_xact_lock(7007) then
        return false;
    end if;
    -- One statement: the data-modifying parts run once each, whether or not the last one reads them.
    with d as (delete from event_day_delta returning day, type, n),
    u as (insert into event_day_count as c
            select day, type, sum(n) from d group by day, type
          on conflict (day, type) do update set n = c.n + excluded.n
          returning c.day, c.type, c.n),
    s as (insert into event_start_count as c
            select chronology_start_year(day), type, sum(n) from d group by 1, 2
          on conflict (year, type) do update set n = c.n + excluded.n
          returning c.n)
    select array_agg(u.day) filter (where u.n = 0), array_agg(u.type) filter (where u.n = 0),
           (select count(*) from s where s.n = 0)
        into d1, t1, zeros from u;
    if d1 is not null then
        delete from event_day_count c using unnest(d1, t1) z(day, type)
            where c.day = z.day and c.type = z.type and c.n = 0;
    end if;
    if zeros > 0 then
        delete from event_start_count where n = 0;
    end if;

    with d as (delete from event_year_delta returning year, type, n),
    u as (insert into event_year_count as c
            select year, type, sum(n) from d group by year, type
          on conflict (year, type) do update set n = c.n + excluded.n
          returning c.year, c.type, c.n)
    select array_agg(year), array_agg(type) into y2, t2 from u where n = 0;
    if y2 is not null then
        delete from event_year_count c using unnest(y2, t2) z(year, type)
            where c.year = z.year and c.type = z.type and c.n = 0;
    end if;

    with d as (delete from actor_year_delta returning year, actor_id, n),
    u as (insert into actor_year_count as c
            select year, actor_id, sum(n) from d group by year, actor_id
          on conflict (year, actor_id) do update set n = c.n + excluded.n
          returning c.year, c.actor_id, c.n)
    select array_agg(year), array_agg(actor_id) into y3, a3 from u where n = 0;
    if y3 is not null then
        delete from actor_year_count c using unnest(y3, a3) z(year, actor_id)
            where c.year = z.year and c.actor_id = z.actor_id and c.n = 0;
    end if;

    with d as (delete from actor_type_year_delta returning actor_id, year, type, n),
    u as (insert into actor_type_year_count as c
            select actor_id, year, type, sum(n) from d group by actor_id, year, type
          on conflict (actor_id, year, type) do update set n = c.n + excluded.n
          returning c.actor_id, c.year, c.type, c.n)
    select array_agg(actor_id), array_agg(year), array_agg(type) into a4, y4, t4
        from u where n = 0;
    if a4 is not null then
        delete from actor_type_year_count c using unnest(a4, y4, t4) z(actor_id, year, type)
            where c.actor_id = z.actor_id and c.year = z.year and c.type = z.type and c.n = 0;
    end if;

    with d as (delete from actor_pair_delta returning actor_id, year, other_id, n),
    u as (insert into actor_pair_count as c
            select actor_id, year, other_id, sum(n) from d group by actor_id, year, other_id
          on conflict (actor_id, year, other_id) do update set n = c.n + excluded.n
          returning c.actor_id, c.year, c.other_id, c.n)
    select array_agg(actor_id), array_agg(year), array_agg(other_id) into a5, y5, o5
        from u where n = 0;
    if a5 is not null then
        delete from actor_pair_count c using unnest(a5, y5, o5) z(actor_id, year, other_id)
            where c.actor_id = z.actor_id and c.year = z.year and c.other_id = z.other_id
              and c.n = 0;
    end if;
    return true;
end
$$;

-- V8's rebuild, event_start_count filled from the day counts it has just made.
create or replace function chronology_rebuild_summary() returns void
    language plpgsql
as $$
begin
    lock table event, event_actor in share mode;
    truncate event_day_count, event_day_delta, event_year_count, event_year_delta,
        event_start_count,
        actor_year_count, actor_year_delta, actor_type_year_count, actor_type_year_delta,
        actor_pair_count, actor_pair_delta;
    insert into event_day_count
        select coalesce(date_start, 'infinity'::date), type, count(*)
        from event where review <> 'rejected' group by 1, 2;
    insert into event_start_count
        select chronology_start_year(day), type, sum(n)
        from event_day_count group by 1, 2;
    insert into event_year_count
        select y, e.type, count(*)
        from event e cross join lateral chronology_event_years(e.date_start, e.date_end) y
        where e.review <> 'rejected' group by 1, 2;
    insert into actor_year_count
        select y.y, ea.actor_id, count(*)
        from event_actor ea
        join event e on e.id = ea.event_id
        cross join lateral (select 0 as y union all
                            select chronology_event_years(e.date_start, e.date_end)) y
        where e.review <> 'rejected' group by 1, 2;
    insert into actor_type_year_count
        select ea.actor_id, y, e.type, count(*)
        from event_actor ea
        join event e on e.id = ea.event_id
        cross join lateral chronology_start_years(e.date_start) y
        where e.review <> 'rejected' group by 1, 2, 3;
    insert into actor_pair_count
        select x.actor_id, y, z.actor_id, count(*)
        from event e
        join event_actor x on x.event_id = e.id
        join event_actor z on z.event_id = e.id
        cross join lateral chronology_start_years(e.date_start) y
        where e.review <> 'rejected' group by 1, 2, 3
        -- In key order: one actor's co-actors then sit on a few pages, not one page each (4,000
        -- rows of the busiest actor over 3,527 pages when inserted in hash order at 1M).
        order by 1, 2, 3;
end
$$;

-- V8's truncate trigger, event_start_count cleared with the day counts.
create or replace function chronology_clear_summary() returns trigger
    language plpgsql
as $$
begin
    truncate actor_year_count, actor_year_delta, actor_type_year_count, actor_type_year_delta,
        actor_pair_count, actor_pair_delta;
    if tg_table_name = 'event' then
        truncate event_day_count, event_day_delta, event_year_count, event_year_delta,
            event_start_count;
    end if;
    return null;
end
$$;
