-- The actor facets' top 12 on a page-cache miss (docs/benchmarks.md, "The actor facets read down
-- to the twelfth count"): the year's (or every event's) actors and one actor's co-actors were
-- summed over all their rows (about 4,000 each at a million events), joined to actor and sorted,
-- 17-36 ms a miss. With these indexes SummaryCounts.topActors reads the rows in count order down to
-- the limit-th count of the actors without pending deltas, plus the delta actors' own rows.
-- Co-actors are only ever read for year 0 (every event), hence the partial index.
create index actor_year_count_top_idx on actor_year_count (year, n desc) include (actor_id);
create index actor_pair_count_top_idx on actor_pair_count (actor_id, n desc) include (other_id)
    where year = 0;
