-- V35 moved the old fixed column «профессиональный рост» under the code «professional-growth» for everyone; only the
-- mentors' sets have that code. A mentee's old score belongs to their set's parameter of professional growth: a
-- pupil's «профессиональное самоопределение», a teacher's «методическая компетентность».
update evaluation_score set parameter_code = 'self-determination'
where parameter_code = 'professional-growth'
  and evaluation_id in (select e.id from evaluation e join participant p on p.id = e.participant_id
                        join mentee_questionnaire q on q.participant_id = p.id
                        where p.role = 'MENTEE' and q.category like 'PUPIL%');
update evaluation_score set parameter_code = 'methodical'
where parameter_code = 'professional-growth'
  and evaluation_id in (select e.id from evaluation e join participant p on p.id = e.participant_id
                        join mentee_questionnaire q on q.participant_id = p.id
                        where p.role = 'MENTEE' and q.category not like 'PUPIL%');
