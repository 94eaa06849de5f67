-- Roadmap step 14 plans a training before it is held (step 15): the planned date. Steps 15–16 keep the comment of
-- whoever recorded the event.
alter table programme_event add column planned_on date;
alter table programme_event add column comment varchar(2000);
