-- One decision model: every decided version keeps the outcome of the director's decision in a column of its own,
-- next to who decided, when and the comment. The documents of stage I had it; the plan change and the order had it
-- only folded into their status.
alter table plan_change add column decision varchar(16);
update plan_change set decision = 'APPROVED' where status = 'APPROVED';
update plan_change set decision = 'RETURNED' where status = 'REJECTED';

alter table pairing_order add column decision varchar(16);
update pairing_order set decision = status where status in ('APPROVED', 'RETURNED');
