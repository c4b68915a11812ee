-- The data version is bumped once per writing transaction, not once per statement: a transaction
-- that deletes 100,000 events runs one cascaded delete per event on mention and event_actor, and
-- updating the same version row 200,000 times in one transaction made it quadratic (minutes).
-- Once is enough: readers see the new version exactly when they see the transaction's data.
create or replace function chronology_bump_data_version() returns trigger
    language plpgsql
as $$
declare
    xact text := pg_current_xact_id()::text;
begin
    if current_setting('chronology.version_bumped_in', true) is distinct from xact then
        perform set_config('chronology.version_bumped_in', xact, true);
        update data_version set version = version + 1 where slot = pg_backend_pid() % 16;
    end if;
    return null;
end
$$;
