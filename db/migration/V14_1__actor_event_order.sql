-- Each visible event of each actor with the event's dates, in the chronology's order: the page of
-- an actor filter (and of the actor page) reads its 20 ids from one index instead of walking every
-- visible event newest first and probing event_actor for each.
--
-- The walk checks about 20 × (events / the actor's events) rows: for an actor with 9,000 of a
-- million events 1,860 probes of event_actor (1.5 s on a miss at load 14); for rarer actors the
-- planner reads every event of the actor and sorts them (786 random event rows, 0.7 s). Here a
-- page is 20 entries of actor_event_newest_idx, read index-only.
--
-- Kept by triggers, so every writer keeps it: actor rows added, moved or removed (once per
-- statement, from the transition tables; an event's delete removes its actor rows by the cascade,
-- which fires these), an event's review or dates changed (per row; Hibernate writes every column:
-- the WHEN clause skips the rest). Rejected events have no rows. CountsAfterWritesTest compares it
-- with event_actor and event after every kind of write.
create table actor_event (
    actor_id   bigint not null,
    event_id   bigint not null,
    date_start date,
    date_end   date,
    primary key (actor_id, event_id)
);

insert into actor_event
    select ea.actor_id, ea.event_id, e.date_start, e.date_end
    from event_actor ea join event e on e.id = ea.event_id where e.review <> 'rejected';

create index actor_event_newest_idx
    on actor_event (actor_id, date_start desc nulls last, date_end desc nulls last, event_id desc);

create or replace function chronology_actor_event_added() returns trigger
    language plpgsql
as $$
begin
    insert into actor_event
        select a.actor_id, a.event_id, e.date_start, e.date_end
        from added a join event e on e.id = a.event_id where e.review <> 'rejected'
    on conflict do nothing;
    return null;
end
$$;

create or replace function chronology_actor_event_removed() returns trigger
    language plpgsql
as $$
begin
    delete from actor_event x using removed r
        where x.actor_id = r.actor_id and x.event_id = r.event_id;
    return null;
end
$$;

create or replace function chronology_actor_event_moved() returns trigger
    language plpgsql
as $$
begin
    delete from actor_event x using removed r
        where x.actor_id = r.actor_id and x.event_id = r.event_id;
    insert into actor_event
        select a.actor_id, a.event_id, e.date_start, e.date_end
        from added a join event e on e.id = a.event_id where e.review <> 'rejected'
    on conflict do nothing;
    return null;
end
$$;

create trigger event_actor_order_insert after insert on event_actor
    referencing new table as added
    for each statement execute function chronology_actor_event_added();
create trigger event_actor_order_delete after delete on event_actor
    referencing old table as removed
    for each statement execute function chronology_actor_event_removed();
create trigger event_actor_order_update after update on event_actor
    referencing old table as removed new table as added
    for each statement execute function chronology_actor_event_moved();

create or replace function chronology_actor_event_dates() returns trigger
    language plpgsql
as $$
begin
    delete from actor_event x using event_actor ea
        where ea.event_id = old.id and x.actor_id = ea.actor_id and x.event_id = old.id;
    if new.review <> 'rejected' then
        insert into actor_event
            select ea.actor_id, new.id, new.date_start, new.date_end
            from event_actor ea where ea.event_id = new.id;
    end if;
    return null;
end
$$;

create trigger event_actor_order_event after update of review, date_start, date_end on event
    for each row
    when (old.review is distinct from new.review or old.date_start is distinct from new.date_start
          or old.date_end is distinct from new.date_end)
    execute function chronology_actor_event_dates();

create or replace function chronology_actor_event_clear() returns trigger
    language plpgsql
as $$
begin
    truncate actor_event;
    return null;
end
$$;

create trigger event_actor_order_truncate after truncate on event_actor
    for each statement execute function chronology_actor_event_clear();

analyze actor_event;
