-- The search document (V3) with the same output from a regexp without capture groups.
--
-- Every event's stored search vector (V11) runs this function when its search text is written.
-- V3's regexp captured the space before a word, the clitic and the word's rest, and replaced the
-- match with the first and third captures; it was about half of the vector's cost (the rest is
-- to_tsvector and the row). The same replacement needs no capture, and costs 0.4x as much
-- (docs/benchmarks.md):
--
--   (^|\s)(وال|بال|فال|كال|لل|ال|و|ف|ب|ل|ك)(\S{2,})  ->  \1\3   (V3)
--   (?<!\S)(?:[وبفك]?ال|لل|[وفبلك])(?=\S\S)          ->  ''     (here)
--
-- * Where a match starts: V3's began at the start of the text or at a blank, which it put back
--   (\1); the look-behind (?<!\S) accepts the same positions (nothing before, or a blank) without
--   taking the blank into the match.
-- * The clitics: [وبفك]?ال, لل and [وفبلك] are the same eleven strings as V3's alternation.
-- * Which clitic: V3's match always ran to the word's end (\S{2,} is greedy, and a match is the
--   longest at its start), and its clitic was then the longest that left at least two characters of
--   the word; the look-ahead (?=\S\S) keeps the longest clitic followed by two non-blanks: the same.
-- * The next match: V3's resumed at the word's end, this one after the clitic; inside the word the
--   look-behind fails on every position (a non-blank precedes), so both resume at the next blank.
--
-- So the function's output is the same on every text, and the vectors already stored (generated
-- from it) are what the new function would compute: none is rewritten. SearchDocTest compares both
-- regexps on every article of the repository, as written and as search text (ArabicNormalizer.key),
-- line by line, and on every string of up to five characters over the clitics' letters, a letter
-- and blanks. The function keeps its name and signature, so the generated column of V11 and
-- chronology_matches (V3) read the new body.
create or replace function chronology_search_doc(doc text) returns text
    language sql immutable parallel safe
as $$
    select doc || ' ' || regexp_replace(doc, '(?<!\S)(?:[وبفك]?ال|لل|[وفبلك])(?=\S\S)', '', 'g')
$$;
