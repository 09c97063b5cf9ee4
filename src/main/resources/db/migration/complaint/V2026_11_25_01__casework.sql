-- Officers' work on a complaint: the misconduct flag set at verification, and one timeline of public responses,
-- internal notes, citizen replies and state changes.
alter table complaint add column misconduct boolean not null default false;

create table complaint_entry (
    id                bigint generated always as identity primary key,
    complaint_id      bigint       not null references complaint (id),
    kind              varchar(16)  not null
        check (kind in ('RESPONSE', 'NOTE', 'CITIZEN_REPLY', 'STATE_CHANGE')),
    body              varchar(5000),
    author_account_id bigint       references account (id),
    author_name       varchar(120) not null,
    agency_code       varchar(80),
    from_status       varchar(16),
    to_status         varchar(16),
    at                timestamptz  not null
);

create index complaint_entry_complaint_idx on complaint_entry (complaint_id, at);
