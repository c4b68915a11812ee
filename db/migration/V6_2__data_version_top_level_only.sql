-- The data version triggers fire for top-level statements only. A cascaded delete (an event's
-- mentions and roles, an article's mentions, an actor's aliases) runs one statement per parent row,
-- and queueing an after-statement trigger event for each of them made deleting 100,000 events take
-- minutes; the parent's own statement bumps the version in the same transaction anyway.
drop trigger event_data_version on event;
drop trigger event_actor_data_version on event_actor;
drop trigger mention_data_version on mention;
drop trigger actor_data_version on actor;
drop trigger actor_alias_data_version on actor_alias;
drop trigger article_data_version on article;

create trigger event_data_version after insert or update or delete on event
    for each statement when (pg_trigger_depth() = 0) execute function chronology_bump_data_version();
create trigger event_actor_data_version after insert or update or delete on event_actor
    for each statement when (pg_trigger_depth() = 0) execute function chronology_bump_data_version();
create trigger mention_data_version after insert or update or delete on mention
    for each statement when (pg_trigger_depth() = 0) execute function chronology_bump_data_version();
create trigger actor_data_version after insert or update or delete on actor
    for each statement when (pg_trigger_depth() = 0) execute function chronology_bump_data_version();
create trigger actor_alias_data_version after insert or update or delete on actor_alias
    for each statement when (pg_trigger_depth() = 0) execute function chronology_bump_data_version();
create trigger article_data_version after insert or update or delete on article
    for each statement when (pg_trigger_depth() = 0) execute function chronology_bump_data_version();
create trigger event_data_version_truncate after truncate on event
    for each statement execute function chronology_bump_data_version();
create trigger event_actor_data_version_truncate after truncate on event_actor
    for each statement execute function chronology_bump_data_version();
create trigger mention_data_version_truncate after truncate on mention
    for each statement execute function chronology_bump_data_version();
create trigger actor_data_version_truncate after truncate on actor
    for each statement execute function chronology_bump_data_version();
create trigger actor_alias_data_version_truncate after truncate on actor_alias
    for each statement execute function chronology_bump_data_version();
create trigger article_data_version_truncate after truncate on article
    for each statement execute function chronology_bump_data_version();
