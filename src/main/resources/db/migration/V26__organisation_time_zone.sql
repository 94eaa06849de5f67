-- Each organisation's time zone: its steps are due at the end of its working day, and its people read times in it.
alter table organisation add column time_zone varchar(64) default 'Europe/Moscow' not null;
