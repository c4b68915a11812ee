-- Counts the chronology shows, kept on write so that the first read after a write does not count a
-- million events (docs/benchmarks.md, "Summary counts"). Visible events only (review <> 'rejected').
--
--   event_day_count    events per start day and type ('infinity' = no known start): the year
--                      strip, the histogram, the undated count, the axis buckets, `/`'s total.
--   event_year_count   events per year they meet and type (an event counts in every year from
--                      its start to its end, as the year filter reads it): a year's total, types.
--   actor_year_count   events per actor and year they meet (year 0 = every event): actor facets.
--
-- Writers never update these rows: a trigger appends +1/-1 to the *_delta table next to each, so
-- concurrent writers (parallel ingest, editors, other instances) never wait on or deadlock over a
-- hot counter. Readers add the two. chronology_compact_summary() (run every few seconds by
-- event.query.SummaryCompactor, under an advisory lock) folds the deltas into the counts in one
-- transaction, so a reader sees either the deltas or their sum, never both or neither.

create table event_day_count (
    day  date    not null,
    type text    not null,
    n    bigint  not null,
    primary key (day, type)
);
create table event_day_delta (day date not null, type text not null, n integer not null);

create table event_year_count (
    year integer not null,
    type text    not null,
    n    bigint  not null,
    primary key (year, type)
);
create table event_year_delta (year integer not null, type text not null, n integer not null);

create table actor_year_count (
    year     integer not null,
    actor_id bigint  not null,
    n        bigint  not null,
    primary key (year, actor_id)
);
create table actor_year_delta (year integer not null, actor_id bigint not null, n integer not null);

-- The years an event meets (none when it has no start): the year filter's overlap, year by year.
create or replace function chronology_event_years(s date, e date) returns setof integer
    language sql immutable parallel safe
as $$
    select generate_series(extract(year from s)::integer, extract(year from coalesce(e, s))::integer)
    where s is not null
$$;

-- Adds sign (+1/-1) times one event to the deltas, its actors included when it has any yet.
create or replace function chronology_count_event(ev event, k integer) returns void
    language plpgsql
as $$
begin
    if ev.review = 'rejected' then
        return;
    end if;
    insert into event_day_delta values (coalesce(ev.date_start, 'infinity'::date), ev.type, k);
    insert into event_year_delta
        select y, ev.type, k from chronology_event_years(ev.date_start, ev.date_end) y;
    insert into actor_year_delta
        select y.y, ea.actor_id, k
        from event_actor ea
        cross join (select 0 as y union all
                    select chronology_event_years(ev.date_start, ev.date_end)) y
        where ea.event_id = ev.id;
end
$$;

create or replace function chronology_count_event_trigger() returns trigger
    language plpgsql
as $$
begin
    if tg_op in ('UPDATE', 'DELETE') then
        perform chronology_count_event(old, -1);
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        perform chronology_count_event(new, 1);
    end if;
    return case when tg_op = 'DELETE' then old else new end;
end
$$;

create trigger event_summary_insert after insert on event
    for each row execute function chronology_count_event_trigger();
create trigger event_summary_update after update of review, type, date_start, date_end on event
    for each row when (old.review is distinct from new.review or old.type is distinct from new.type
        or old.date_start is distinct from new.date_start or old.date_end is distinct from new.date_end)
    execute function chronology_count_event_trigger();
-- Before the delete: the cascade removes the event's actor rows after it, and an actor row whose
-- event is gone can no longer say which years it counted in.
create trigger event_summary_delete before delete on event
    for each row execute function chronology_count_event_trigger();

-- One actor row of one event: counted when its event exists and is visible.
create or replace function chronology_count_event_actor(p_event bigint, p_actor bigint, k integer)
    returns void
    language sql
as $$
    insert into actor_year_delta
        select y.y, p_actor, k
        from event e
        cross join lateral (select 0 as y union all
                            select chronology_event_years(e.date_start, e.date_end)) y
        where e.id = p_event and e.review <> 'rejected'
$$;

create or replace function chronology_count_event_actor_trigger() returns trigger
    language plpgsql
as $$
begin
    if tg_op in ('UPDATE', 'DELETE') then
        perform chronology_count_event_actor(old.event_id, old.actor_id, -1);
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        perform chronology_count_event_actor(new.event_id, new.actor_id, 1);
    end if;
    return null;
end
$$;

create trigger event_actor_summary after insert or delete or update of event_id, actor_id on event_actor
    for each row execute function chronology_count_event_actor_trigger();

-- Recounts everything from the events (the migration, and bench/generate.sql after loading with
-- triggers off). Writers wait meanwhile, so no delta is counted twice.
create or replace function chronology_rebuild_summary() returns void
    language plpgsql
as $$
begin
    lock table event, event_actor in share mode;
    truncate event_day_count, event_day_delta, event_year_count, event_year_delta,
        actor_year_count, actor_year_delta;
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
end
$$;

-- Folds the deltas into the counts; false when another session is already doing it.
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
    delete from event_day_count where n = 0;
    delete from event_year_count where n = 0;
    delete from actor_year_count where n = 0;
    return true;
end
$$;

-- Truncating events (a reset) empties the counts with them.
create or replace function chronology_clear_summary() returns trigger
    language plpgsql
as $$
begin
    truncate actor_year_count, actor_year_delta;
    if tg_table_name = 'event' then
        truncate event_day_count, event_day_delta, event_year_count, event_year_delta;
    end if;
    return null;
end
$$;
create trigger event_summary_truncate after truncate on event
    for each statement execute function chronology_clear_summary();
create trigger event_actor_summary_truncate after truncate on event_actor
    for each statement execute function chronology_clear_summary();

select chronology_rebuild_summary();
