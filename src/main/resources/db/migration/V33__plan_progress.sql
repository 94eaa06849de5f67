-- Progress on the individual plan's tasks is marked from the meetings: which tasks a meeting advanced, and the day a
-- task was done (kept when the plan gets a new version).
alter table plan_task add column done_on date;

create table pair_meeting_task (
    meeting_id   bigint not null references pair_meeting (id),
    plan_task_id bigint not null references plan_task (id),
    primary key (meeting_id, plan_task_id)
);
create index pair_meeting_task_task on pair_meeting_task (plan_task_id);
