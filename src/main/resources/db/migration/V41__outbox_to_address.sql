-- A mail to an address the organisation keeps itself (a partner's invitation to the final event), neither a user nor
-- a person of the programme.
alter table outbox_message add column recipient_address varchar(255);
