-- A staff mentor's own account (issue item 2): the login of the organisation's «Наставники» member who is this
-- participant, so they see and record only their own pairs. Empty for everyone else.
alter table participant add column login varchar(64);
create unique index participant_login_unique on participant (programme_id, login);
create index participant_login on participant (login);
