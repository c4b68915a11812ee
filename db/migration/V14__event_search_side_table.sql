-- A narrow copy of what a text search counts and orders by, one row per visible event: its start
-- and end dates, its type and its search vector.
--
-- The counts of a text search (year strip, undated, type facet, the axis, the API's total) are one
-- grouped pass over the matches (MatchGroups). The GIN index of event finds them, but the pass must
-- then read each match's event row for its year and type: a word in a fifth of a million events
-- has matches on 94% of event's 78,000 pages, and the pass read 73,700 of them (7.5 s, over the
-- 5 s statement limit). Here a row is about 320 bytes, half of event's (the vector is most of it;
-- PostgreSQL moves a value to TOAST only when the row passes ~2 kB), so the same pass reads half
-- the pages, and its bitmap stays exact at the default work_mem. It also answers the newest
-- matches of a word too rare for the walk of event_newest_idx (bitmap and sort instead of tens of
-- thousands of random event rows).
--
-- Kept by triggers on event, so every writer (the app, SQL scripts, another instance) keeps it:
-- inserts once per statement from the transition table, updates per row when something it holds
-- changed (Hibernate writes every column: the WHEN clause skips the rest), deletes per statement.
-- Rejected events have no row. CountsAfterWritesTest compares it with the events after every kind
-- of write.
create table event_search (
    id         bigint primary key,
    date_start date,
    date_end   date,
    type       text not null,
    search_tsv tsvector
);

insert into event_search
    select id, date_start, date_end, type, search_tsv from event where review <> 'rejected';

create index event_search_tsv_side_idx on event_search using gin (search_tsv);

create or replace function chronology_event_search_added() returns trigger
    language plpgsql
as $$
begin
    insert into event_search
        select a.id, a.date_start, a.date_end, a.type, a.search_tsv
        from added a where a.review <> 'rejected';
    return null;
end
$$;

create trigger event_search_insert after insert on event
    referencing new table as added
    for each statement execute function chronology_event_search_added();

create or replace function chronology_event_search_changed() returns trigger
    language plpgsql
as $$
begin
    if new.review = 'rejected' or old.id <> new.id then
        delete from event_search where id = old.id;
    end if;
    if new.review <> 'rejected' then
        insert into event_search values (new.id, new.date_start, new.date_end, new.type, new.search_tsv)
        on conflict (id) do update set date_start = excluded.date_start,
            date_end = excluded.date_end, type = excluded.type, search_tsv = excluded.search_tsv;
    end if;
    return null;
end
$$;

-- search_tsv is generated from search_text: written with it, and read here after it is computed.
create trigger event_search_update after update of id, review, type, date_start, date_end, search_text on event
    for each row
    when (old.id is distinct from new.id or old.review is distinct from new.review
          or old.type is distinct from new.type or old.date_start is distinct from new.date_start
          or old.date_end is distinct from new.date_end or old.search_tsv is distinct from new.search_tsv)
    execute function chronology_event_search_changed();

create or replace function chronology_event_search_removed() returns trigger
    language plpgsql
as $$
begin
    delete from event_search s using removed r where s.id = r.id;
    return null;
end
$$;

create trigger event_search_delete after delete on event
    referencing old table as removed
    for each statement execute function chronology_event_search_removed();

create or replace function chronology_event_search_clear() returns trigger
    language plpgsql
as $$
begin
    truncate event_search;
    return null;
end
$$;

create trigger event_search_truncate after truncate on event
    for each statement execute function chronology_event_search_clear();

analyze event_search;
