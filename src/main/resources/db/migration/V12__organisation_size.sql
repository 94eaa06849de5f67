-- How many pupils and teachers an organisation has: the base of the coverage figures (share of pupils and teachers
-- in the programme). Unknown for organisations added before onboarding asked for them.
alter table organisation add column pupils integer;
alter table organisation add column teachers integer;
