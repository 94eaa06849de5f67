-- A roadmap step may be closed as «не проводилось», only with a reason.
alter table informing_event add column held boolean default true not null;
alter table informing_event add column not_held_reason varchar(2000);
alter table informing_event alter column held_on drop not null;
alter table informing_event alter column participant_count drop not null;
alter table informing_event alter column materials drop not null;
