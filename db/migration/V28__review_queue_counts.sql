-- The review queue's counts kept on write (docs/benchmarks.md, "The review queue's counts kept on
-- write"). The queue (/review) shows the events awaiting review (review = 'extracted'): its total and
-- its year list came from a grouped count over every such event (EventFacetQuery.groups), cached
-- under the data version; at a million events (848,000 awaiting review) that count took seconds and
-- was made again after every write anywhere. These are V7's day and year counts for the queue's
-- events, kept the same way (a writer appends +1/-1 deltas, never updates a count; readers add the
-- two; the summary's compaction folds them):
--
--   review_queue_day_count   queued events per start day and type ('infinity' = no known start): the
--                            queue's total and its year list.
--   review_queue_year_count  queued events per year they meet and type (the year filter's overlap):
--                            the total under a year.
--
-- Inserts count per statement (as V12), updates and deletes per row (a WHEN clause skips the rows
-- that are not and were not queued, or whose counted columns did not change), a truncate of events
-- empties them. CountsAfterWritesTest compares them with counting the events after every kind of
-- write.

create table review_queue_day_count (
    day  date   not null,
    type text   not null,
    n    bigint not null,
    primary key (day, type)
);
create table review_queue_day_delta (day date not null, type text not null, n integer not null);

create table review_queue_year_count (
    year integer not null,
    type text    not null,
    n    bigint  not null,
    primary key (year, type)
);
create table review_queue_year_delta (year integer not null, type text not null, n integer not null);

-- Adds k (+1/-1) times one event to the queue's deltas when it awaits review.
create or replace function chronology_count_queue_event(ev event, k integer) returns void
    language plpgsql
as $$
begin
    if ev.review is distinct from 'extracted' then
        return;
    end if;
    insert into review_queue_day_delta values (coalesce(ev.date_start, 'infinity'::date), ev.type, k);
    insert into review_queue_year_delta
        select y, ev.type, k from chronology_event_years(ev.date_start, ev.date_end) y;
end
$$;

create or replace function chronology_queue_event_changed() returns trigger
    language plpgsql
as $$
begin
    perform chronology_count_queue_event(old, -1);
    if tg_op = 'UPDATE' then
        perform chronology_count_queue_event(new, 1);
    end if;
    return null;
end
$$;

create trigger event_queue_update after update of review, type, date_start, date_end on event
    for each row when ((old.review = 'extracted' or new.review = 'extracted')
        and (old.review is distinct from new.review or old.type is distinct from new.type
             or old.date_start is distinct from new.date_start
             or old.date_end is distinct from new.date_end))
    execute function chronology_queue_event_changed();
create trigger event_queue_delete after delete on event
    for each row when (old.review = 'extracted')
    execute function chronology_queue_event_changed();

create or replace function chronology_queue_events_added() returns trigger
    language plpgsql
as $$
begin
    insert into review_queue_day_delta
        select coalesce(a.date_start, 'infinity'::date), a.type, count(*)
        from added a where a.review = 'extracted' group by 1, 2;
    insert into review_queue_year_delta
        select y, a.type, count(*)
        from added a cross join lateral chronology_event_years(a.date_start, a.date_end) y
        where a.review = 'extracted' group by 1, 2;
    return null;
end
$$;

create trigger event_queue_insert after insert on event
    referencing new table as added
    for each statement execute function chronology_queue_events_added();

create or replace function chronology_clear_review_queue() returns trigger
    language plpgsql
as $$
begin
    truncate review_queue_day_count, review_queue_day_delta, review_queue_year_count,
        review_queue_year_delta;
    return null;
end
$$;
create trigger event_queue_truncate after truncate on event
    for each statement execute function chronology_clear_review_queue();

-- Recounts the queue from the events (this migration, and bench/generate.sql after loading with
-- triggers off). Writers wait meanwhile, so no delta is counted twice.
create or replace function chronology_rebuild_review_queue() returns void
    language plpgsql
as $$
begin
    lock table event in share mode;
    truncate review_queue_day_count, review_queue_day_delta, review_queue_year_count,
        review_queue_year_delta;
    insert into review_queue_day_count
        select coalesce(date_start, 'infinity'::date), type, count(*)
        from event where review = 'extracted' group by 1, 2;
    insert into review_queue_year_count
        select y, e.type, count(*)
        from event e cross join lateral chronology_event_years(e.date_start, e.date_end) y
        where e.review = 'extracted' group by 1, 2;
end
$$;

-- Folds the queue's deltas into its counts, deleting the counts that fall to zero among those it
-- folded (as V18_1 does for the summary); false when another session is compacting. Called with
-- chronology_compact_summary() in one statement (event.query.SummaryCompactor): the advisory lock
-- is the summary's, taken again by the same transaction.
create or replace function chronology_compact_review_queue() returns boolean
    language plpgsql
as $$
declare
    d1 date[]; t1 text[];
    y2 integer[]; t2 text[];
begin
    if not pg_try_advisory_xact_lock(7007) then
        return false;
    end if;
    with d as (delete from review_queue_day_delta returning day, type, n),
    u as (insert into review_queue_day_count as c
            select day, type, sum(n) from d group by day, type
          on conflict (day, type) do update set n = c.n + excluded.n
          returning c.day, c.type, c.n)
    select array_agg(day), array_agg(type) into d1, t1 from u where n = 0;
    if d1 is not null then
        delete from review_queue_day_count c using unnest(d1, t1) z(day, type)
            where c.day = z.day and c.type = z.type and c.n = 0;
    end if;

    with d as (delete from review_queue_year_delta returning year, type, n),
    u as (insert into review_queue_year_count as c
            select year, type, sum(n) from d group by year, type
          on conflict (year, type) do update set n = c.n + excluded.n
          returning c.year, c.type, c.n)
    select array_agg(year), array_agg(type) into y2, t2 from u where n = 0;
    if y2 is not null then
        delete from review_queue_year_count c using unnest(y2, t2) z(year, type)
            where c.year = z.year and c.type = z.type and c.n = 0;
    end if;
    return true;
end
$$;

select chronology_rebuild_review_queue();
