-- The compaction's actor folds upsert their grouped deltas in the order of the count table's key
-- (docs/benchmarks.md, "Issue #10: the actor pairs keyed by pair (V38) and the actor folds in key
-- order (V39)"). The
-- grouped deltas came out of the hash aggregate in hash order, so each upsert probed and updated a
-- random leaf of the key (and, for a pair, a random heap page and top-index leaf): a round's 25,000
-- to 130,000 pairs touched the table's pages in no order at all. In key order one actor's pairs are
-- folded one after the other, on the same few leaves and heap pages. Measured on a copy of a
-- 3,000-article ingest's database (backend CPU, alternating, against V38): a fold of 3,000 events'
-- deltas over existing counts 0.86x (the pair fold alone) and 0.81x (the pair, type-year and year
-- folds); the whole ingest's deltas in one round into empty counts 0.88x (0.68x of V37's).
--
-- Only the order changes: the same groups, sums, upserts and deletions of zeros as V29's
-- (CountsAfterWritesTest, SummaryCountsTest).

-- No compaction round while the function is replaced.
select pg_advisory_xact_lock(7007);

-- V29's compaction, the actor folds' upserts in key order.
create or replace function chronology_compact_summary() returns boolean
    language plpgsql
as $$
declare
    d1 date[]; t1 text[];
    y2 integer[]; t2 text[];
    y3 integer[]; a3 bigint[];
    a4 bigint[]; y4 integer[]; t4 text[];
    a5 bigint[]; y5 integer[]; o5 bigint[];
    zeros integer;
begin
    if not pg_try_advisory_xact_lock(7007) then
        return false;
    end if;
    -- One statement: the data-modifying parts run once each, whether or not the last one reads them.
    with d as (delete from event_day_delta returning day, type, n),
    u as (insert into event_day_count as c
            select day, type, sum(n) from d group by day, type
          on conflict (day, type) do update set n = c.n + excluded.n
          returning c.day, c.type, c.n),
    s as (insert into event_start_count as c
            select chronology_start_year(day), type, sum(n) from d group by 1, 2
          on conflict (year, type) do update set n = c.n + excluded.n
          returning c.n)
    select array_agg(u.day) filter (where u.n = 0), array_agg(u.type) filter (where u.n = 0),
           (select count(*) from s where s.n = 0)
        into d1, t1, zeros from u;
    if d1 is not null then
        delete from event_day_count c using unnest(d1, t1) z(day, type)
            where c.day = z.day and c.type = z.type and c.n = 0;
    end if;
    if zeros > 0 then
        delete from event_start_count where n = 0;
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
            select year, actor_id, sum(n) from d group by year, actor_id order by year, actor_id
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
            order by actor_id, year, type
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
            select actor_id, year, other_id, sum(n) from d group by actor_id, other_id, year
            order by actor_id, other_id, year
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

