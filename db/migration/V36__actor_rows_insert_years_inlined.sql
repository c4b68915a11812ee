-- V33's actor-rows insert trigger with the years of its actor × year counts inlined (docs/benchmarks.md,
-- "Issue #10: the actor rows' year counts without a function call per row"). The profile of a
-- 3,000-article start-up ingest (bench/ingest-profile.sh, track_functions = all) ranked this trigger
-- first of the database's work: 101 calls, 20.6 s under load, about a third of the statements' time.
-- EXPLAIN (ANALYZE, BUFFERS) of a batch's insert (1,766 actor rows of 600 events) put most of it in the
-- actor × year delta: chronology_event_years (V7) was called in a select list, where an SQL function
-- is not inlined, so each row ran the function's own query (a ProjectSet over one call a row: 155-217
-- ms of the trigger's 300, 4-20 ms once inlined). Called in FROM it is inlined into the plan, as it
-- already was in V12's event counts. Nothing else changes: the same rows and sums (year 0 for every
-- visible row, then each year the event meets, as before), so the deltas and the summaries folded from
-- them are what they were (CountsAfterWritesTest, SummaryCountsTest).

create or replace function chronology_actor_rows_inserted() returns trigger
    language plpgsql
as $$
declare
    -- The events touched, looked up by id (= any of an array: index scans, as V12 found).
    touched bigint[] := array(select distinct a.event_id from added a);
begin
    with ev as (
        select e.id, e.type, e.date_start, e.date_end
        from event e where e.id = any(touched) and e.review <> 'rejected'
    ), visible as (
        select a.event_id, a.actor_id, ev.type, ev.date_start, ev.date_end
        from added a join ev on ev.id = a.event_id
    ), ordered as (
        insert into actor_event
            select v.actor_id, v.event_id, v.date_start, v.date_end from visible v
        on conflict do nothing
    ), by_year as (
        insert into actor_year_delta
            select y.y, v.actor_id, count(*)
            from visible v
            cross join lateral (select 0 as y union all
                                select g from chronology_event_years(v.date_start, v.date_end) g) y
            group by 1, 2
    ), by_type as (
        insert into actor_type_year_delta
            select v.actor_id, y, v.type, count(*)
            from visible v cross join lateral chronology_start_years(v.date_start) y
            group by 1, 2, 3
    ), now_rows as (
        -- The visible touched events' rows after the statement, the added ones marked.
        select ea.event_id, ea.actor_id, (a.event_id is not null) as added, ev.date_start
        from event_actor ea
        join ev on ev.id = ea.event_id
        left join added a on a.event_id = ea.event_id and a.actor_id = ea.actor_id
        where ea.event_id = any(touched)
    )
    insert into actor_pair_delta
        select x.actor_id, y, z.actor_id, count(*)
        from now_rows x
        join now_rows z on z.event_id = x.event_id and (x.added or z.added)
        cross join lateral chronology_start_years(x.date_start) y
        group by 1, 2, 3;
    return null;
end
$$;
