-- How many steps the programme's plan has: fixed when the plan is built, read with the programme by the list of
-- programmes instead of counting every programme's plan steps on each read.
alter table programme add column plan_size integer default 0 not null;

update programme set plan_size = (select count(*) from plan_step ps where ps.programme_id = programme.id);
