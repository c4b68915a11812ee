-- Events and mentions take their ids 500 at a time from their identity sequences instead of 50
-- (V10). A bulk merge's batch (32 articles) creates about 280 events and as many mentions: at 50
-- ids a nextval, it waited for 6 round trips per table, 374 `select nextval` in a 1,000-article
-- import, some in the middle of the reconcile (docs/benchmarks.md, "ids from the sequences"); at
-- 500, a batch takes at most one per table. Hibernate's pooled optimizer keeps the same order: a
-- nextval of v reserves v-499 … v, every range above every id handed out before, so ids still
-- ascend in the order events and mentions are made (scopes and reconciliation sort by id).
--
-- No setval: the sequences' last values are the tops of the ranges already handed out (or an id a
-- column default took), so the next nextval, v + 500, reserves v+1 … v+500, above all of them.
-- Inserts that take the column default (SQL, the volume generator, tests) still get a nextval,
-- the top of a range of its own: the two never collide.
alter table event alter column id set increment by 500;
alter table mention alter column id set increment by 500;
