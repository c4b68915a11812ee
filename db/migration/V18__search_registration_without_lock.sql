-- A frequent search is registered without holding writers of event_search back (V16 took a SHARE
-- lock on event_search for the whole count: 5-14 s at a million events under load, every writer
-- waiting). Registration now commits the search first, not ready: from then on every write's
-- triggers keep its counts. Once every transaction that could have written without seeing it has
-- ended, one statement adds, per year and type, the count of the matches in its snapshot minus the
-- kept counts visible in that same snapshot (the writes already in that count), and the search is
-- marked ready in the same transaction. Readers use the kept counts of ready searches only
-- (FrequentSearches, SearchRows). Searches V16 registered are complete: ready.
alter table search_count_query add column ready boolean not null default true;
