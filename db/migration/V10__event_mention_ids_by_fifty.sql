-- Events and mentions take their ids 50 at a time from their identity sequences (Hibernate's pooled
-- optimizer: a nextval of v reserves v-49 … v), so a merge's inserts wait for the flush and go to
-- the database in batches instead of one round trip per row at persist. Inserts that take the
-- column default (SQL, the volume generator, tests) still get a nextval, which is the top of a
-- range of its own: the two never collide.
alter table event alter column id set increment by 50;
alter table mention alter column id set increment by 50;

-- The next range starts above every stored id and every id already handed out.
select setval(pg_get_serial_sequence('event', 'id'),
              greatest((select last_value from event_id_seq), (select coalesce(max(id), 0) from event), 1));
select setval(pg_get_serial_sequence('mention', 'id'),
              greatest((select last_value from mention_id_seq), (select coalesce(max(id), 0) from mention), 1));
