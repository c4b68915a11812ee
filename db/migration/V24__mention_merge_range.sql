-- The bulk candidate look-up (event.service.CandidateLookup, a batch's lateral join) finds the
-- mentions whose merge interval overlaps each extracted event's, with the merger's slack. The b-tree
-- (merge_type, merge_start, merge_end) bounds only merge_start, so each probe read every earlier
-- mention of the type (it grew with the table), and once statistics were gathered PostgreSQL turned
-- to the actor names' GIN index instead, which reads every mention naming a popular actor: 1.6–3.3 s
-- per batch of 32 articles from about 1,700 synthetic articles on (docs/benchmarks.md, "Folder
-- import at 2,000 articles"). A GiST index on the interval answers an overlap from the mentions in
-- the window alone. least/greatest make a valid range of any pair (an interval stored reversed
-- still overlaps wherever the look-up's own comparisons accept it); nulls give an unbounded side.
create index mention_merge_range_idx on mention
    using gist (daterange(least(merge_start, merge_end), greatest(merge_start, merge_end), '[]'))
    where merge_type is not null;
