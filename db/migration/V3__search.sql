-- Arabic-aware full-text search over event.search_text (already ArabicNormalizer.key of the
-- title, the sentences and the actor names).
--
-- The 'simple' configuration (no stemming, no stop words) on a document that carries every word
-- twice when it starts with a clitic: as written and without the clitic (و، ف، ب، ل، ك and the
-- article ال with them), so that «غانتس» finds «وغانتس» and «زيارة» finds «والزيارة». Queries use
-- prefix matching (word:*), so suffixes and attached pronouns do not defeat them either
-- (org.chronology.event.query.SearchQuery builds the tsquery).

create or replace function chronology_search_doc(doc text) returns text
    language sql immutable parallel safe
as $$
    select doc || ' ' || regexp_replace(doc, '(^|\s)(وال|بال|فال|كال|لل|ال|و|ف|ب|ل|ك)(\S{2,})', '\1\3', 'g')
$$;

-- A plain SQL function so that HQL can call it; PostgreSQL inlines it, and the GIN index on the
-- same expression answers it.
create or replace function chronology_matches(doc text, q text) returns boolean
    language sql immutable parallel safe
as $$
    select to_tsvector('simple'::regconfig, chronology_search_doc(doc)) @@ to_tsquery('simple'::regconfig, q)
$$;

create index event_search_idx on event
    using gin (to_tsvector('simple'::regconfig, chronology_search_doc(search_text)));
