-- Feedback answered otherwise than through the mailed link: a mentor with a login answers in Tasklist, through the
-- request's own process (feedback-answer); a participant without an e-mail answers on paper, typed in by the working
-- group. Every participant of an active pair gets a request, mailed or not; the answer says how it came, and for paper
-- who typed it in.
alter table feedback_request add column process_instance_id varchar(64);
alter table feedback_answer add column answered_via varchar(16) default 'LINK' not null;
alter table feedback_answer add column entered_by varchar(64);
