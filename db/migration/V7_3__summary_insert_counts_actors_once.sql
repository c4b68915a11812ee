-- An event inserted in the same statement as its actor rows (a data-modifying CTE) was counted twice
-- per actor: AFTER ROW triggers fire at the end of the statement, when the event's trigger already
-- sees the actor rows that their own trigger counts too. On insert the event's trigger now counts
-- the event alone; its actor rows are always counted by the actor rows' trigger. Update and delete
-- still move the actors with the event (their rows do not change then).
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
    end if;
end
$$;

create or replace function chronology_count_event_trigger() returns trigger
    language plpgsql
as $$
begin
    if tg_op in ('UPDATE', 'DELETE') then
        perform chronology_count_event(old, -1, true);
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        perform chronology_count_event(new, 1, tg_op = 'UPDATE');
    end if;
    return case when tg_op = 'DELETE' then old else new end;
end
$$;

drop function chronology_count_event(event, integer);

-- Counts kept before this fix may hold such doubles: count again from the events.
select chronology_rebuild_summary();
