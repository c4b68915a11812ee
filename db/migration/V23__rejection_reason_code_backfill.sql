-- Rows refused before V22 hold only their English sentence, so the pages showed them in English
-- whatever the interface language. Their code and numbers are read back from that sentence, which
-- every version before V22 wrote exactly as article.RejectionReason.english() still does. Each
-- pattern matches a whole sentence, so a sentence of any other wording keeps a null code (and the
-- pages keep showing it as it is). Only rows without a code are touched: running it again is a no-op.
with pattern (code, re, numbered) as (values
    ('empty',       '^empty file$', false),
    ('encoding',    '^not valid UTF-8, and not recognisable as Arabic windows-1256 text$', false),
    ('invalidUtf8', '^invalid UTF-8: ([0-9]{1,18}) bad byte\(s\), the first at byte ([0-9]{1,18})'
                    || ' \(the rest is valid UTF-8, so it is not read as windows-1256\)$', true),
    ('bom',         '^byte-order mark says \S+ but the bytes are not$', false),
    ('binary',      '^binary content \(([0-9]{1,18}) control characters\)$', true),
    ('binaryNul',   '^binary content \(NUL characters\)$', false),
    ('blank',       '^no text \(only whitespace\)$', false),
    ('tooLarge',    '^the article is ([0-9]{1,18}) bytes, larger than the limit of ([0-9]{1,18})'
                    || ' bytes \(chronology\.article\.max-bytes\)'
                    || '(?:; its first ([0-9]{1,18}) bytes are kept)?$', true)
), parsed as (
    select r.id, p.code,
           case when p.numbered then array_remove(regexp_match(r.reason, p.re), null)::bigint[]
                else '{}'::bigint[] end as numbers
    from ingest_rejection r
    join pattern p on r.reason ~ p.re
    where r.reason_code is null
)
update ingest_rejection r
set reason_code = parsed.code, reason_numbers = parsed.numbers
from parsed
where r.id = parsed.id;
