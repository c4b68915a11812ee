-- Articles take their ids 50 at a time from their identity sequence, as events and mentions (V10)
-- and actors (V17) do: a new article's insert then waits for the flush and a corpus group's
-- articles go as multi-row inserts, instead of one statement and one round trip per article (an
-- identity id is known only once the row is inserted, so Hibernate cannot batch those). Inserts
-- that take the column default (SQL, the volume generator, tests) still get a nextval, the top of a
-- range of its own: the two never collide.
alter table article alter column id set increment by 50;

-- The next range starts above every stored id and every id already handed out.
select setval(pg_get_serial_sequence('article', 'id'),
              greatest((select last_value from article_id_seq), (select coalesce(max(id), 0) from article), 1));
