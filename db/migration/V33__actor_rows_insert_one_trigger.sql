-- The actor rows an insert adds are counted by one statement trigger instead of two (docs/benchmarks.md,
-- "Issue #10: the actor rows' insert triggers in one pass"). The profile at 1,000 articles found
-- `insert into event_actor` costing mostly V14_1's event_actor_order_insert and V8's
-- event_actor_pairs_insert (~100 ms each for 882 rows under load, against 23-34 ms for the insert):
-- each read the transition table and looked up its events on its own, V8's by way of arrays passed
-- to V12's chronology_count_actor_change, which computed the pairs as those after the statement less
-- those before it (the touched events' rows read, an EXCEPT ALL, two self-joins).
--
-- Now one statement reads the added rows and their visible events once and writes actor_event and
-- the three actor deltas. For an insert, the pairs gained are exactly the pairs of one event's rows
-- with at least one added row (after less before: the pairs of rows that were all there already
-- cancel), each counted once, so the deltas are the rows V12 wrote: the same keys and sums (every
-- sum is positive; V12's "having sum <> 0" kept them all). Deletes and updates keep their triggers.
-- CountsAfterWritesTest compares every summary with a recount after single and multi-row inserts.

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
                                select chronology_event_years(v.date_start, v.date_end)) y
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

drop trigger event_actor_pairs_insert on event_actor;
drop trigger event_actor_order_insert on event_actor;
create trigger event_actor_rows_insert after insert on event_actor
    referencing new table as added
    for each statement execute function chronology_actor_rows_inserted();

drop function chronology_actor_rows_added();
drop function chronology_actor_event_added();
