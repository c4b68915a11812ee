-- The article's life: extraction state per article, and what incremental extraction needs to find
-- the events a new article's events may merge into without re-reading every article.

-- pending: stored, events not (yet) extracted; done: extracted by extraction_version; failed: the
-- extraction did not finish (extraction_error says why). Existing articles start pending, so the
-- first start-up after this migration extracts them once more and fills the mention columns below.
alter table article
    add column extraction_state   text not null default 'pending'
        check (extraction_state in ('pending', 'done', 'failed')),
    add column extraction_version integer,
    add column extraction_error   text,
    add column extracted_at       timestamptz;
create index article_extraction_pending_idx on article (id) where extraction_state <> 'done';

-- The merger's view of the sentence a machine mention was read from (null for mentions an editor
-- added and for further evidence): its own type, date interval (null when unknown), place and the
-- names of its actors. Candidate events for a new mention are those with a mention of a compatible
-- type, an overlapping date (with the merger's tolerance) and a shared actor name.
alter table mention
    add column merge_type     text,
    add column merge_start    date,
    add column merge_end      date,
    add column merge_location text,
    add column merge_actors   text[];
create index mention_merge_actors_idx on mention using gin (merge_actors) where merge_type is not null;
create index mention_merge_date_idx on mention (merge_type, merge_start, merge_end) where merge_type is not null;
