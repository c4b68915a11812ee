-- Sessions end on the server side: every session cookie carries the account's epoch at sign-in,
-- and signing out, a new password or disabling the account moves the epoch on, so an older
-- cookie (even a copied one) no longer authenticates anyone.
alter table account add column session_epoch integer not null default 0;

create or replace view login_account as
    select id, username, password_hash, roles, session_epoch from account where enabled;
