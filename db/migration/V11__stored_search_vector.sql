-- Text search reads a stored search vector instead of computing it per row.
--
-- A text search's first page walks event_newest_idx newest first and checks each row against the
-- query: with only the expression index of V3, every row checked recomputed
-- to_tsvector(chronology_search_doc(search_text)) — a regexp over the text and a parse — about
-- 120 µs a row, so finding the newest 1,001 of 200,000 matches at a million events (5,000 rows
-- checked) took 1.1 s, nearly all of it CPU. The vector is now a generated column: PostgreSQL
-- computes it when search_text is written (no trigger, no code in the write paths), and a check is
-- a match against stored lexemes (a few µs). Positions are stripped: queries are prefixes joined by
-- & and | (SearchQuery), never phrases, and the column is a third smaller without them.
alter table event add column search_tsv tsvector
    generated always as (strip(to_tsvector('simple'::regconfig, chronology_search_doc(search_text)))) stored;

create index event_search_tsv_idx on event using gin (search_tsv);

-- The expression index answered the same queries; it is not kept up to date twice.
drop index event_search_idx;

-- HQL calls it (org.chronology.event.query.Where); PostgreSQL inlines it, so the GIN index above
-- answers it and a row check reads the stored vector.
create or replace function chronology_vector_matches(v tsvector, q text) returns boolean
    language sql immutable parallel safe
as $$
    select v @@ to_tsquery('simple'::regconfig, q)
$$;
