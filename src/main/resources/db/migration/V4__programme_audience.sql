-- The programme's audience (pupils or teaching staff) decides its roadmap; the plan keeps each step's stage.
alter table programme add column audience varchar(16) default 'PUPILS' not null;
alter table plan_step add column stage integer default 1 not null;
