-- The summary's compaction (every 5 s, SummaryCompactor) deleted the counts that had fallen to zero
-- with a scan of every count table, whether anything had been written or not: at a million events
-- 36,000 pages (actor_pair_count alone 4 million rows, 30,779 pages), 0.75-1.4 s every 5 s under
-- load, a fifth of one of the machine's two cores with nobody writing. A count falls to zero only
-- when a round folds a delta into it, so a round now deletes the zeros among the rows it has just
-- folded (the fold returns them), and a table whose deltas are empty costs one look at them.
create or replace function chronology_compact_summary() returns boolean
    language plpgsql
as $$
declare
    d1 date[]; t1 text[];
    y2 integer[]; t2 text[];
    y3 integer[]; a3 bigint[];
    a4 bigint[]; y4 integer[]; t4 text[];
    a5 bigint[]; y5 integer[]; o5 bigint[];
begin
    if not pg_try_advisory_xact_lock(7007) then
        return false;
    end if;
    with d as (delete from event_day_delta returning day, type, n),
    u as (insert into event_day_count as c
            select day, type, sum(n) from d group by day, type
          on conflict (day, type) do update set n = c.n + excluded.n
          returning c.day, c.type, c.n)
    select array_agg(day), array_agg(type) into d1, t1 from u where n = 0;
    if d1 is not null then
        delete from event_day_count c using unnest(d1, t1) z(day, type)
            where c.day = z.day and c.type = z.type and c.n = 0;
    end if;

    with d as (delete from event_year_delta returning year, type, n),
    u as (insert into event_year_count as c
            select year, type, sum(n) from d group by year, type
          on conflict (year, type) do update set n = c.n + excluded.n
          returning c.year, c.type, c.n)
    select array_agg(year), array_agg(type) into y2, t2 from u where n = 0;
    if y2 is not null then
        delete from event_year_count c using unnest(y2, t2) z(year, type)
            where c.year = z.year and c.type = z.type and c.n = 0;
    end if;

    with d as (delete from actor_year_delta returning year, actor_id, n),
    u as (insert into actor_year_count as c
            select year, actor_id, sum(n) from d group by year, actor_id
          on conflict (year, actor_id) do update set n = c.n + excluded.n
          returning c.year, c.actor_id, c.n)
    select array_agg(year), array_agg(actor_id) into y3, a3 from u where n = 0;
    if y3 is not null then
        delete from actor_year_count c using unnest(y3, a3) z(year, actor_id)
            where c.year = z.year and c.actor_id = z.actor_id and c.n = 0;
    end if;

    with d as (delete from actor_type_year_delta returning actor_id, year, type, n),
    u as (insert into actor_type_year_count as c
            select actor_id, year, type, sum(n) from d group by actor_id, year, type
          on conflict (actor_id, year, type) do update set n = c.n + excluded.n
          returning c.actor_id, c.year, c.type, c.n)
    select array_agg(actor_id), array_agg(year), array_agg(type) into a4, y4, t4
        from u where n = 0;
    if a4 is not null then
        delete from actor_type_year_count c using unnest(a4, y4, t4) z(actor_id, year, type)
            where c.actor_id = z.actor_id and c.year = z.year and c.type = z.type and c.n = 0;
    end if;

    with d as (delete from actor_pair_delta returning actor_id, year, other_id, n),
    u as (insert into actor_pair_count as c
            select actor_id, year, other_id, sum(n) from d group by actor_id, year, other_id
          on conflict (actor_id, year, other_id) do update set n = c.n + excluded.n
          returning c.actor_id, c.year, c.other_id, c.n)
    select array_agg(actor_id), array_agg(year), array_agg(other_id) into a5, y5, o5
        from u where n = 0;
    if a5 is not null then
        delete from actor_pair_count c using unnest(a5, y5, o5) z(actor_id, year, other_id)
            where c.actor_id = z.actor_id and c.year = z.year and c.other_id = z.other_id
              and c.n = 0;
    end if;
    return true;
end
$$;
