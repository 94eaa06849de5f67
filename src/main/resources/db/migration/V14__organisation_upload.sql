-- A list of organisations the administrator uploaded and checked, waiting for the decision what to load. Kept in the
-- database, so that any node of a cluster finds it; for an hour at most, and removed once loaded.
create table organisation_upload (
    id          varchar(36)  primary key,
    file_name   varchar(255) not null,
    uploaded_by varchar(64)  not null,
    uploaded_at timestamp    not null,
    content     bytea        not null
);
