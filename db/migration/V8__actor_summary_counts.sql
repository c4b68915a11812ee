-- Per-actor counts kept on write, as V7 keeps the chronology's (docs/benchmarks.md, "Actor filter,
-- actor page and search on a miss"): the actor filter and the actor page no longer count an actor's
-- events on the first read after a write (the busiest actor is in 19% of a million events).
-- Visible events only (review <> 'rejected'); year 0 = every event, as in actor_year_count.
--
--   actor_type_year_count  events per actor, start year and type: one actor's year strip,
--                          histogram, undated count (year 0 minus the dated years), type facet.
--   actor_pair_count       events per ordered pair of actors of one event (an actor paired with
--                          itself too) and start year: one actor's co-actor facet (year 0), two
--                          actors' events per year (the actor page's relation over time).
--
-- As in V7, writers only append +1/-1 rows to the *_delta tables; readers add counts and deltas;
-- chronology_compact_summary() folds them.

create table actor_type_year_count (
    actor_id bigint  not null,
    year     integer not null,
    type     text    not null,
    n        bigint  not null,
    primary key (actor_id, year, type)
);
-- The compactor deletes the rows that fell to 0 through these, not by reading every row.
create index actor_type_year_count_zero_idx on actor_type_year_count (actor_id) where n = 0;
create table actor_type_year_delta (actor_id bigint not null, year integer not null, type text not null, n integer not null);

create table actor_pair_count (
    actor_id bigint  not null,
    year     integer not null,
    other_id bigint  not null,
    n        bigint  not null,
    primary key (actor_id, year, other_id)
);
-- Two actors' years: (actor, other) without walking every year of the actor.
create index actor_pair_count_pair_idx on actor_pair_count (actor_id, other_id);
create index actor_pair_count_zero_idx on actor_pair_count (actor_id) where n = 0;
create table actor_pair_delta (actor_id bigint not null, year integer not null, other_id bigint not null, n integer not null);

-- Year 0 (every event) and the start year when there is one.
create or replace function chronology_start_years(s date) returns setof integer
    language sql immutable parallel safe
as $$
    select 0 union all select extract(year from s)::integer where s is not null
$$;

-- The per-actor counts of the given events' actor rows, counted k times, when the event is visible.
-- rows_ev/rows_ac: the (event_id, actor_id) rows, as parallel arrays.
create or replace function chronology_count_actor_rows(rows_ev bigint[], rows_ac bigint[], k integer)
    returns void
    language sql
as $$
    insert into actor_type_year_delta
        select r.actor_id, y, e.type, k
        from unnest(rows_ev, rows_ac) r (event_id, actor_id)
        join event e on e.id = r.event_id and e.review <> 'rejected'
        cross join lateral chronology_start_years(e.date_start) y;
    insert into actor_pair_delta
        select x.actor_id, y, z.actor_id, k
        from unnest(rows_ev, rows_ac) x (event_id, actor_id)
        join unnest(rows_ev, rows_ac) z (event_id, actor_id) on z.event_id = x.event_id
        join event e on e.id = x.event_id and e.review <> 'rejected'
        cross join lateral chronology_start_years(e.date_start) y;
$$;

-- A statement changed some actor rows: the events it touched count with their rows after it, and
-- no longer with their rows before it (the rows now there, less those it added, plus those it
-- removed). Per statement, not per row: rows added together to one event would otherwise each see
-- the others and count their pairs twice (the row-trigger trap V7_3 fixed for actor_year_count).
create or replace function chronology_count_actor_change(
    added_ev bigint[], added_ac bigint[], removed_ev bigint[], removed_ac bigint[])
    returns void
    language plpgsql
as $$
declare
    after_ev bigint[];
    after_ac bigint[];
    before_ev bigint[];
    before_ac bigint[];
begin
    select coalesce(array_agg(ea.event_id), '{}'), coalesce(array_agg(ea.actor_id), '{}')
        into after_ev, after_ac
        from event_actor ea
        where ea.event_id in (select unnest(added_ev) union select unnest(removed_ev));
    select coalesce(array_agg(b.event_id), '{}'), coalesce(array_agg(b.actor_id), '{}')
        into before_ev, before_ac
        from ((select * from unnest(after_ev, after_ac)
               except all
               select * from unnest(added_ev, added_ac))
              union all
              select * from unnest(removed_ev, removed_ac)) b (event_id, actor_id);
    perform chronology_count_actor_rows(after_ev, after_ac, 1);
    perform chronology_count_actor_rows(before_ev, before_ac, -1);
end
$$;

create or replace function chronology_actor_rows_added() returns trigger
    language plpgsql
as $$
declare
    ev bigint[];
    ac bigint[];
begin
    select array_agg(event_id), array_agg(actor_id) into ev, ac from added;
    perform chronology_count_actor_change(coalesce(ev, '{}'), coalesce(ac, '{}'), '{}', '{}');
    return null;
end
$$;

create or replace function chronology_actor_rows_removed() returns trigger
    language plpgsql
as $$
declare
    ev bigint[];
    ac bigint[];
begin
    select array_agg(event_id), array_agg(actor_id) into ev, ac from removed;
    perform chronology_count_actor_change('{}', '{}', coalesce(ev, '{}'), coalesce(ac, '{}'));
    return null;
end
$$;

create or replace function chronology_actor_rows_changed() returns trigger
    language plpgsql
as $$
declare
    new_ev bigint[];
    new_ac bigint[];
    old_ev bigint[];
    old_ac bigint[];
begin
    select array_agg(event_id), array_agg(actor_id) into new_ev, new_ac from added;
    select array_agg(event_id), array_agg(actor_id) into old_ev, old_ac from removed;
    perform chronology_count_actor_change(coalesce(new_ev, '{}'), coalesce(new_ac, '{}'),
        coalesce(old_ev, '{}'), coalesce(old_ac, '{}'));
    return null;
end
$$;

-- Transition tables allow one event per trigger and no column list.
create trigger event_actor_pairs_insert after insert on event_actor
    referencing new table as added
    for each statement execute function chronology_actor_rows_added();
create trigger event_actor_pairs_delete after delete on event_actor
    referencing old table as removed
    for each statement execute function chronology_actor_rows_removed();
create trigger event_actor_pairs_update after update on event_actor
    referencing old table as removed new table as added
    for each statement execute function chronology_actor_rows_changed();

-- The event's own trigger (V7, V7_3) moves its actors' counts when its review, type or dates
-- change or it is deleted (with_actors); on insert its actor rows' triggers count them.
create or replace function chronology_count_event(ev event, k integer, with_actors boolean)
    returns void
    language plpgsql
as $$
begin
    if ev.review = 'rejected' then
        return;
    end if;
    insert into event_day_delta values (coalesce(ev.date_start, 'infinity'::date), ev.type, k);
    insert into event_year_delta
        select y, ev.type, k from chronology_event_years(ev.date_start, ev.date_end) y;
    if with_actors then
        insert into actor_year_delta
            select y.y, ea.actor_id, k
            from event_actor ea
            cross join (select 0 as y union all
                        select chronology_event_years(ev.date_start, ev.date_end)) y
            where ea.event_id = ev.id;
        insert into actor_type_year_delta
            select ea.actor_id, y, ev.type, k
            from event_actor ea cross join chronology_start_years(ev.date_start) y
            where ea.event_id = ev.id;
        insert into actor_pair_delta
            select x.actor_id, y, z.actor_id, k
            from event_actor x
            join event_actor z on z.event_id = x.event_id
            cross join chronology_start_years(ev.date_start) y
            where x.event_id = ev.id;
    end if;
end
$$;

create or replace function chronology_rebuild_summary() returns void
    language plpgsql
as $$
begin
    lock table event, event_actor in share mode;
    truncate event_day_count, event_day_delta, event_year_count, event_year_delta,
        actor_year_count, actor_year_delta, actor_type_year_count, actor_type_year_delta,
        actor_pair_count, actor_pair_delta;
    insert into event_day_count
        select coalesce(date_start, 'infinity'::date), type, count(*)
        from event where review <> 'rejected' group by 1, 2;
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

create or replace function chronology_compact_summary() returns boolean
    language plpgsql
as $$
begin
    if not pg_try_advisory_xact_lock(7007) then
        return false;
    end if;
    with d as (delete from event_day_delta returning day, type, n)
    insert into event_day_count
        select day, type, sum(n) from d group by day, type
    on conflict (day, type) do update set n = event_day_count.n + excluded.n;
    with d as (delete from event_year_delta returning year, type, n)
    insert into event_year_count
        select year, type, sum(n) from d group by year, type
    on conflict (year, type) do update set n = event_year_count.n + excluded.n;
    with d as (delete from actor_year_delta returning year, actor_id, n)
    insert into actor_year_count
        select year, actor_id, sum(n) from d group by year, actor_id
    on conflict (year, actor_id) do update set n = actor_year_count.n + excluded.n;
    with d as (delete from actor_type_year_delta returning actor_id, year, type, n)
    insert into actor_type_year_count
        select actor_id, year, type, sum(n) from d group by actor_id, year, type
    on conflict (actor_id, year, type) do update set n = actor_type_year_count.n + excluded.n;
    with d as (delete from actor_pair_delta returning actor_id, year, other_id, n)
    insert into actor_pair_count
        select actor_id, year, other_id, sum(n) from d group by actor_id, year, other_id
    on conflict (actor_id, year, other_id) do update set n = actor_pair_count.n + excluded.n;
    delete from event_day_count where n = 0;
    delete from event_year_count where n = 0;
    delete from actor_year_count where n = 0;
    delete from actor_type_year_count where n = 0;
    delete from actor_pair_count where n = 0;
    return true;
end
$$;

create or replace function chronology_clear_summary() returns trigger
    language plpgsql
as $$
begin
    truncate actor_year_count, actor_year_delta, actor_type_year_count, actor_type_year_delta,
        actor_pair_count, actor_pair_delta;
    if tg_table_name = 'event' then
        truncate event_day_count, event_day_delta, event_year_count, event_year_delta;
    end if;
    return null;
end
$$;

select chronology_rebuild_summary();
