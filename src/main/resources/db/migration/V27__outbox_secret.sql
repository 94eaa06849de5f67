-- A mail that carries a one-use secret (an invitation's link) keeps its text only until it is sent or the secret is
-- spent; the invitation knows its mail, to erase it when used.
alter table outbox_message add column secret boolean default false not null;
alter table invitation add column outbox_message_id bigint references outbox_message (id);
