-- The review queue pages the unreviewed events lowest confidence first (ReviewService): with this
-- index its first pages are read index-only and stop after the page (0.3 ms at 1M events, against
-- 2.1 s for a parallel scan and top-N sort of the 848,643 extracted events). Built in 6 s at 1M at
-- load 28; 26 MB. An import's inserts write it; a review moves an event out of it.
-- Plans and timings: docs/benchmarks.md; ReviewQueuePagesTest.
create index event_review_queue_idx on event (confidence, id) where review = 'extracted';
