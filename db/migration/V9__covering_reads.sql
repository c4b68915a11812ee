-- Reads that fetched scattered heap rows for a few narrow columns, answered from an index alone.
--
-- The actor page's co-actor facet reads one actor's pair counts of year 0 (V8): at a million events
-- the busiest actor has 3,999 such rows, spread over 3,527 heap pages by the recount's and the
-- compactor's writes (15,560 buffers, 0.8 s). With other_id and n in the index it is an index-only
-- scan of a few dozen pages (pages the compactor changed since the last vacuum are still visited).
create index actor_pair_count_covering_idx on actor_pair_count (actor_id, year, other_id) include (n);

-- A page of events shows each sentence's article source: one random read of a wide article row
-- (the article's text is inline, about 2.5 kB) per sentence, 2,140 buffers for the actor page's
-- 535 sentences. The source from the index instead.
create index article_source_covering_idx on article (id) include (source);
