-- The counts of a frequent text search per start year and type, kept on write.
--
-- A word in a fifth of a million events has matches on nearly every page of event_search (V14):
-- its grouped counts (year strip, undated, type facet, axis, the API's total) read 38,500 pages,
-- 1.2 s on a quiet machine and past the 5 s statement limit under load, after every write (the
-- query cache is per data version). Once a search has been counted with many matches, the app
-- registers it here (FrequentSearches) and its counts are kept by triggers on event_search, so
-- every writer keeps them (the app, SQL scripts, another instance): the next miss reads a few
-- hundred rows. A search nobody registered is counted as before. CountsAfterWritesTest compares
-- the kept counts with a recount after every kind of write.

-- q is the tsquery text the app builds (SearchQuery.tsquery); tsq the query it stands for.
create table search_count_query (
    id  serial primary key,
    q   text not null unique,
    tsq tsquery not null
);

-- year null: events without a start date.
create table search_count (
    query_id integer not null references search_count_query (id) on delete cascade,
    year     integer,
    type     text not null,
    n        bigint not null,
    unique nulls not distinct (query_id, year, type)
);

-- Rows added, removed or changed by one statement, once per statement: one upsert per registered
-- search, year and type among them (a batch of 50 events checks 50 vectors against each search).
create or replace function chronology_search_count_added() returns trigger
    language plpgsql
as $$
begin
    if exists (select 1 from search_count_query) then
        insert into search_count as c (query_id, year, type, n)
            select q.id, cast(extract(year from a.date_start) as integer), a.type, count(*)
            from added a join search_count_query q on a.search_tsv @@ q.tsq
            group by 1, 2, 3
        on conflict (query_id, year, type) do update set n = c.n + excluded.n;
    end if;
    return null;
end
$$;

create trigger search_count_insert after insert on event_search
    referencing new table as added
    for each statement execute function chronology_search_count_added();

create or replace function chronology_search_count_removed() returns trigger
    language plpgsql
as $$
begin
    if exists (select 1 from search_count_query) then
        insert into search_count as c (query_id, year, type, n)
            select q.id, cast(extract(year from r.date_start) as integer), r.type, -count(*)
            from removed r join search_count_query q on r.search_tsv @@ q.tsq
            group by 1, 2, 3
        on conflict (query_id, year, type) do update set n = c.n + excluded.n;
    end if;
    return null;
end
$$;

create trigger search_count_delete after delete on event_search
    referencing old table as removed
    for each statement execute function chronology_search_count_removed();

create or replace function chronology_search_count_changed() returns trigger
    language plpgsql
as $$
begin
    if exists (select 1 from search_count_query) then
        insert into search_count as c (query_id, year, type, n)
            select q.id, cast(extract(year from d.date_start) as integer), d.type, sum(d.n)
            from (select date_start, type, search_tsv, 1 as n from added
                  union all select date_start, type, search_tsv, -1 from removed) d
            join search_count_query q on d.search_tsv @@ q.tsq
            group by 1, 2, 3
        on conflict (query_id, year, type) do update set n = c.n + excluded.n;
    end if;
    return null;
end
$$;

create trigger search_count_update after update on event_search
    referencing old table as removed new table as added
    for each statement execute function chronology_search_count_changed();

create or replace function chronology_search_count_clear() returns trigger
    language plpgsql
as $$
begin
    delete from search_count;
    return null;
end
$$;

create trigger search_count_truncate after truncate on event_search
    for each statement execute function chronology_search_count_clear();
