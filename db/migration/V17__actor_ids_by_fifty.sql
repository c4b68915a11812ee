-- Actors and aliases take their ids 50 at a time from their identity sequences, as events and
-- mentions do since V10: a new actor's insert then waits for the flush instead of being sent at
-- persist, which made Hibernate send every insert queued before it (one round trip per row, or a
-- flush of the whole batch per new actor). Inserts that take the column default (SQL, the volume
-- generator, tests) still get a nextval, the top of a range of its own: the two never collide.
alter table actor alter column id set increment by 50;
alter table actor_alias alter column id set increment by 50;

-- The next range starts above every stored id and every id already handed out.
select setval(pg_get_serial_sequence('actor', 'id'),
              greatest((select last_value from actor_id_seq), (select coalesce(max(id), 0) from actor), 1));
select setval(pg_get_serial_sequence('actor_alias', 'id'),
              greatest((select last_value from actor_alias_id_seq), (select coalesce(max(id), 0) from actor_alias), 1));
