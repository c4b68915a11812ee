-- A version of the gazetteer the extractor is built on (the actors of origin gazetteer or editor,
-- their aliases, countries, merges): bumped by every transaction that changes it, so an upload
-- reads one number instead of every gazetteer actor with its aliases to learn that nothing changed
-- (event.service.ExtractorProducer). Actors the extractor creates, and their aliases, are not part
-- of the gazetteer and leave it alone: every upload creates some.
create table gazetteer_version (
    one     boolean primary key default true check (one),
    version bigint  not null
);
insert into gazetteer_version values (true, 1);

-- Once per transaction, as the data version (V6_1): seeding thousands of actors updates the row once.
create or replace function chronology_bump_gazetteer_version_now() returns void
    language plpgsql
as $$
declare
    xact text := pg_current_xact_id()::text;
begin
    if current_setting('chronology.gazetteer_bumped_in', true) is distinct from xact then
        perform set_config('chronology.gazetteer_bumped_in', xact, true);
        update gazetteer_version set version = version + 1;
    end if;
end
$$;

create or replace function chronology_bump_gazetteer_version() returns trigger
    language plpgsql
as $$
begin
    perform chronology_bump_gazetteer_version_now();
    return null;
end
$$;

create trigger actor_gazetteer_version_insert after insert on actor
    for each row when (new.origin <> 'extractor')
    execute function chronology_bump_gazetteer_version();
-- A changed extractor actor may become the gazetteer's (origin editor) or stop being a country.
create trigger actor_gazetteer_version_update after update on actor
    for each row when (old.origin <> 'extractor' or new.origin <> 'extractor')
    execute function chronology_bump_gazetteer_version();
create trigger actor_gazetteer_version_delete after delete on actor
    for each row when (old.origin <> 'extractor')
    execute function chronology_bump_gazetteer_version();
create trigger actor_gazetteer_version_truncate after truncate on actor
    for each statement execute function chronology_bump_gazetteer_version();

-- Aliases: only those of gazetteer or editor actors (an alias whose actor is gone went with a
-- deleted actor, which bumped the version itself).
create or replace function chronology_aliases_changed() returns trigger
    language plpgsql
as $$
begin
    if exists (select 1 from changed c join actor a on a.id = c.actor_id
               where a.origin <> 'extractor') then
        perform chronology_bump_gazetteer_version_now();
    end if;
    return null;
end
$$;

create trigger actor_alias_gazetteer_version_insert after insert on actor_alias
    referencing new table as changed
    for each statement execute function chronology_aliases_changed();
-- A cascade from deleting actors runs one statement per actor: the actor's own trigger decides.
create trigger actor_alias_gazetteer_version_delete after delete on actor_alias
    referencing old table as changed
    for each statement when (pg_trigger_depth() = 0) execute function chronology_aliases_changed();
-- Rare (an alias moved or corrected): always a new version.
create trigger actor_alias_gazetteer_version_update after update on actor_alias
    for each statement execute function chronology_bump_gazetteer_version();
create trigger actor_alias_gazetteer_version_truncate after truncate on actor_alias
    for each statement execute function chronology_bump_gazetteer_version();
