-- Summary deltas folded per statement instead of per row (docs/benchmarks.md, "Ingest: summary
-- deltas per statement"). A merge flushes its events and actor rows in multi-row inserts of up to
-- 50 rows (V10); the row triggers of V7 still ran a PL/pgSQL call and two or three inserts for each
-- event and each actor row, and V8's pair triggers appended k² rows per event one by one. Now:
--
--   * events inserted by one statement add their day and year counts in one grouped insert;
--   * actor rows added or removed by one statement add their actor × year, actor × type × year and
--     pair counts in one grouped insert each (V7's per-row actor trigger is gone: its counts are
--     made here with V8's), with rows that cancel out (+1 and -1 of one key) left out.
--
-- Updates and deletes of events keep their row triggers: Hibernate sends them one statement per
-- row anyway, the WHEN clause skips updates that change nothing counted, and a delete must count
-- the event's actors out before the cascade removes their rows. Counts are exactly what they were:
-- SummaryCountsTest and CountsAfterWritesTest compare them with counting the events after each kind
-- of write.

create or replace function chronology_events_added() returns trigger
    language plpgsql
as $$
begin
    insert into event_day_delta
        select coalesce(a.date_start, 'infinity'::date), a.type, count(*)
        from added a where a.review <> 'rejected' group by 1, 2;
    insert into event_year_delta
        select y, a.type, count(*)
        from added a cross join lateral chronology_event_years(a.date_start, a.date_end) y
        where a.review <> 'rejected' group by 1, 2;
    return null;
end
$$;

drop trigger event_summary_insert on event;
-- On insert an event counts alone; its actor rows are counted by their own statement's trigger.
create trigger event_summary_insert after insert on event
    referencing new table as added
    for each statement execute function chronology_events_added();

drop trigger event_actor_summary on event_actor;
drop function chronology_count_event_actor_trigger();
drop function chronology_count_event_actor(bigint, bigint, integer);

-- A statement changed some actor rows (added_*, removed_*: parallel arrays of event and actor ids).
-- The per-actor counts are linear in the rows: the rows added less those removed, of visible events.
-- The pairs are not: the events touched count with their rows after the statement and no longer with
-- those before it (the rows now there, less those added, plus those removed).
create or replace function chronology_count_actor_change(
    added_ev bigint[], added_ac bigint[], removed_ev bigint[], removed_ac bigint[])
    returns void
    language plpgsql
as $$
declare
    -- The events touched, looked up by id (= any of an array: index scans whatever the planner
    -- guesses of a set's size; a join to an unnested set was planned as a scan of the table).
    touched bigint[] := array(select distinct unnest(added_ev || removed_ev));
begin
    -- One statement: the data-modifying parts run once each, whether or not the last one reads them.
    with ev as (
        select e.id, e.type, e.date_start, e.date_end
        from event e where e.id = any(touched) and e.review <> 'rejected'
    ), change as (
        select a.event_id, a.actor_id, 1 as k from unnest(added_ev, added_ac) a (event_id, actor_id)
        union all
        select r.event_id, r.actor_id, -1 from unnest(removed_ev, removed_ac) r (event_id, actor_id)
    ), visible as (
        select c.actor_id, c.k, ev.type, ev.date_start, ev.date_end
        from change c join ev on ev.id = c.event_id
    ), by_year as (
        insert into actor_year_delta
            select y.y, v.actor_id, sum(v.k)
            from visible v
            cross join lateral (select 0 as y union all
                                select chronology_event_years(v.date_start, v.date_end)) y
            group by 1, 2 having sum(v.k) <> 0
    ), by_type as (
        insert into actor_type_year_delta
            select v.actor_id, y, v.type, sum(v.k)
            from visible v cross join lateral chronology_start_years(v.date_start) y
            group by 1, 2, 3 having sum(v.k) <> 0
    ), now_rows as (
        select ea.event_id, ea.actor_id from event_actor ea where ea.event_id = any(touched)
    ), before_rows as (
        (select n.event_id, n.actor_id from now_rows n
         except all
         select c.event_id, c.actor_id from change c where c.k = 1)
        union all
        select c.event_id, c.actor_id from change c where c.k = -1
    ), counted as (
        select n.event_id, n.actor_id, 1 as k from now_rows n
        union all
        select b.event_id, b.actor_id, -1 from before_rows b
    )
    insert into actor_pair_delta
        select x.actor_id, y, z.actor_id, sum(x.k)
        from counted x
        join counted z on z.event_id = x.event_id and z.k = x.k
        join ev on ev.id = x.event_id
        cross join lateral chronology_start_years(ev.date_start) y
        group by 1, 2, 3 having sum(x.k) <> 0;
end
$$;
