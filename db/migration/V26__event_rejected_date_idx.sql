-- event_date_idx (date_start, date_end) over every event is read only under ?review=rejected: every
-- other query hides the rejected events and reads the partial indexes (event_newest_idx,
-- event_chronological_idx) or the GiST ones. There it was often the worse plan (the chronological
-- walk filtered 98% of the rows it read) and every insert paid for it (~10% of an import's event
-- insert). The rejected events alone, in date order with the id for the keyset's tie-break, answer
-- all of those queries index-only (the axis' max(date_start), the axis' rows and buckets, both
-- orders' pages, the counts), and an import, which inserts extracted events, never writes it.
-- Plans and timings at 300k and 1M events: docs/benchmarks.md; RejectedReviewPagesTest.
create index event_rejected_date_idx on event (date_start, date_end, id) where review = 'rejected';
drop index event_date_idx;
