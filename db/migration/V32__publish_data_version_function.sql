-- One statement publishes writes to the pages: the trigger of V6/V31 at a commit and a background
-- re-extraction's publisher (org.chronology.event.service.DataVersionPublisher) both call this,
-- so the slot rule (pg_backend_pid() % 16, spreading concurrent writers over V6's 16 rows) lives
-- in one place.
create or replace function chronology_publish_data_version() returns void
    language sql
as $$
    update data_version set version = version + 1 where slot = pg_backend_pid() % 16;
$$;

create or replace function chronology_bump_data_version() returns trigger
    language plpgsql
as $$
declare
    xact text := pg_current_xact_id()::text;
begin
    if current_setting('chronology.defer_data_version', true) is distinct from 'on'
        and current_setting('chronology.version_bumped_in', true) is distinct from xact then
        perform set_config('chronology.version_bumped_in', xact, true);
        perform chronology_publish_data_version();
    end if;
    return null;
end
$$;
