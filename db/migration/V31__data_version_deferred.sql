-- A background re-extraction publishes its work to the pages at a bounded rate: each of its batch
-- transactions sets chronology.defer_data_version (transaction-local, set_config(..., true)), so
-- its commits do not bump the data version and do not invalidate every kept page every 10-20 s;
-- the run bumps the version itself at most once per chronology.reextract.publish-interval and at
-- its end (org.chronology.event.service.DataVersionPublisher). Every other transaction (an
-- editor's write, an upload, a merge, an import, plain SQL) still bumps it at its commit.
create or replace function chronology_bump_data_version() returns trigger
    language plpgsql
as $$
declare
    xact text := pg_current_xact_id()::text;
begin
    if current_setting('chronology.defer_data_version', true) is distinct from 'on'
        and current_setting('chronology.version_bumped_in', true) is distinct from xact then
        perform set_config('chronology.version_bumped_in', xact, true);
        update data_version set version = version + 1 where slot = pg_backend_pid() % 16;
    end if;
    return null;
end
$$;
