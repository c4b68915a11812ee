-- The actor pairs without an actor paired with itself (docs/benchmarks.md, "Issue #10: the actor
-- pairs without self-pairs"). 42 % of the pair deltas V36's trigger wrote in a 3,000-article ingest
-- paired an actor with itself: a row per actor row and start year (0 and the event's), which the
-- compaction then folded into actor_pair_count. Their only reader was the co-actor facet
-- (ActorSummary.coActors), where the actor itself is listed among its co-actors with all its
-- events: that count is V7's actor_year_count at year 0 (a visible event counted once per actor row
-- there as here), which the facet now reads instead. Two actors' years (ActorSummary.pairYears) are
-- only asked of two different actors (EventFilter keeps an actor once).
--
-- Every writer of pair deltas skips x = z: V36's insert trigger, V12's change of actor rows, V8's
-- event update/delete, V29's rebuild; V8's chronology_count_actor_rows (not called since V12) is
-- dropped. The self-pairs stored are deleted. The other pairs and every other count are what they
-- were (CountsAfterWritesTest, SummaryCountsTest, ActorFacetTopTest).

-- No compaction round while the functions are replaced and the self-pairs deleted.
select pg_advisory_xact_lock(7007);

drop function if exists chronology_count_actor_rows(bigint[], bigint[], integer);

-- V36's actor-rows insert trigger, its pairs without self-pairs.
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
        join now_rows z on z.event_id = x.event_id and z.actor_id <> x.actor_id
            and (x.added or z.added)
        cross join lateral chronology_start_years(x.date_start) y
        group by 1, 2, 3;
    return null;
end
$$;

-- V12's change of actor rows (deletes, updates), its pairs without self-pairs.
create or replace function chronology_count_actor_change(
    added_ev bigint[], added_ac bigint[], removed_ev bigint[], removed_ac bigint[])
    returns void
    language plpgsql
as $$
declare
    touched bigint[] := array(select distinct unnest(added_ev || removed_ev));
begin
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
        join counted z on z.event_id = x.event_id and z.k = x.k and z.actor_id <> x.actor_id
        join ev on ev.id = x.event_id
        cross join lateral chronology_start_years(ev.date_start) y
        group by 1, 2, 3 having sum(x.k) <> 0;
end
$$;

-- V8's event counts (an event's review, type or dates changed, or the event deleted), its pairs
-- without self-pairs.
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
            join event_actor z on z.event_id = x.event_id and z.actor_id <> x.actor_id
            cross join chronology_start_years(ev.date_start) y
            where x.event_id = ev.id;
    end if;
end
$$;

-- V29's rebuild, its pairs without self-pairs.
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
        join event_actor z on z.event_id = e.id and z.actor_id <> x.actor_id
        cross join lateral chronology_start_years(e.date_start) y
        where e.review <> 'rejected' group by 1, 2, 3
        -- In key order: one actor's co-actors then sit on a few pages, not one page each.
        order by 1, 2, 3;
end
$$;

delete from actor_pair_delta where actor_id = other_id;
delete from actor_pair_count where actor_id = other_id;
