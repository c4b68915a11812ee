-- Reading at a million events (docs/benchmarks.md has the plans behind each index).

-- A data version bumped by every write to what the chronology shows: counts, facets and the year
-- strip are cached per filter under it (org.chronology.event.query.QueryCache), so they are
-- recomputed only after a write — any write, by any instance, by any code path (edit, merge,
-- upload, re-extraction, plain SQL). Sixteen slots, one chosen per connection, so that concurrent
-- writers do not queue on one row lock; readers sum them. The slot is updated in the writer's own
-- transaction: a reader never sees a version whose data it cannot see.
create table data_version (
    slot    integer primary key,
    version bigint  not null default 0
);
insert into data_version (slot) select g from generate_series(0, 15) g;

create or replace function chronology_bump_data_version() returns trigger
    language plpgsql
as $$
begin
    update data_version set version = version + 1 where slot = pg_backend_pid() % 16;
    return null;
end
$$;

create trigger event_data_version after insert or update or delete or truncate on event
    for each statement execute function chronology_bump_data_version();
create trigger event_actor_data_version after insert or update or delete or truncate on event_actor
    for each statement execute function chronology_bump_data_version();
create trigger mention_data_version after insert or update or delete or truncate on mention
    for each statement execute function chronology_bump_data_version();
create trigger actor_data_version after insert or update or delete or truncate on actor
    for each statement execute function chronology_bump_data_version();
create trigger actor_alias_data_version after insert or update or delete or truncate on actor_alias
    for each statement execute function chronology_bump_data_version();
create trigger article_data_version after insert or update or delete or truncate on article
    for each statement execute function chronology_bump_data_version();

-- The year filter is an interval overlap ([date_start, date_end] meets the year). A btree on
-- date_start can only bound it from one side (every older event is scanned); a GiST index on the
-- interval answers exactly the events of that year. An inlined SQL function so that HQL can call it.
create or replace function chronology_overlaps(s date, e date, lo date, hi date) returns boolean
    language sql immutable parallel safe
as $$
    select s is not null and daterange(s, coalesce(e, s), '[]') && daterange(lo, hi, '[]')
$$;
create index event_interval_idx on event
    using gist (daterange(date_start, coalesce(date_end, date_start), '[]'))
    where date_start is not null;

-- The chronology without a year: newest first, rejected events hidden. The first page is the
-- first hundred entries of this index, whatever the size of the table.
create index event_newest_idx on event (date_start desc nulls last, date_end desc nulls last, id desc)
    where review <> 'rejected';

-- Actor filter and actor facet: from an actor to its events without touching the heap.
create index event_actor_actor_event_idx on event_actor (actor_id, event_id);
drop index event_actor_actor_idx;

-- An event's mentions in reading order (the event page, list views).
create index mention_event_order_idx on mention (event_id, article_id, sentence_start);
drop index mention_event_idx;
