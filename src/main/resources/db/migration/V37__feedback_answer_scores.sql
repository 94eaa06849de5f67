-- A questionnaire's closed answers are kept by question, so that the pairs' feedback (four scores from 1 to 5) and
-- the Р-145 satisfaction questionnaire of step 27 (scores from 1 to 10 and yes/no questions, by role) share one
-- answer: the four columns of the pairs' feedback move into rows.
create table feedback_answer_score (
    answer_id bigint      not null references feedback_answer (id),
    question  varchar(64) not null,
    score     integer     not null,
    primary key (answer_id, question)
);

insert into feedback_answer_score (answer_id, question, score) select id, 'pairWork', pair_work from feedback_answer;
insert into feedback_answer_score (answer_id, question, score) select id, 'regularity', regularity from feedback_answer;
insert into feedback_answer_score (answer_id, question, score) select id, 'usefulness', usefulness from feedback_answer;
insert into feedback_answer_score (answer_id, question, score) select id, 'relationship', relationship from feedback_answer;

alter table feedback_answer drop column pair_work;
alter table feedback_answer drop column regularity;
alter table feedback_answer drop column usefulness;
alter table feedback_answer drop column relationship;
