-- The rest of the officers' and citizens' actions: hold, forward, assign, archive (duplicates linked to their
-- original), reopen/appeal, rating, reply templates and attachments on responses.
alter table complaint
    add column held_from           varchar(16)
        check (held_from in ('SUBMITTED', 'VERIFIED', 'IN_PROGRESS')),
    add column due_on              date,
    add column assigned_account_id bigint references account (id),
    add column assigned_name       varchar(120),
    add column archive_reason      varchar(32)
        check (archive_reason in ('NOT_PUBLIC_SERVICE', 'DUPLICATE', 'INSUFFICIENT_INFORMATION', 'SPAM_ABUSE')),
    add column duplicate_of_id     bigint references complaint (id),
    add column officer_forwards    int      not null default 0,
    add column reopen_count        int      not null default 0,
    add column responded_at        timestamptz,
    add column rating              int      check (rating between 1 and 5),
    add column rating_comment      varchar(1000),
    add column rated_at            timestamptz,
    add constraint complaint_duplicate_linked check ((archive_reason = 'DUPLICATE') = (duplicate_of_id is not null));

alter table complaint_entry drop constraint complaint_entry_kind_check;
alter table complaint_entry add constraint complaint_entry_kind_check
    check (kind in ('RESPONSE', 'NOTE', 'CITIZEN_REPLY', 'STATE_CHANGE', 'INFO_REQUEST', 'REOPEN', 'FORWARD',
                    'ASSIGN', 'ARCHIVE'));

-- A response's attachments belong to the complaint and name the response they came with.
alter table complaint_attachment add column entry_id bigint references complaint_entry (id);

-- The inbox: newest first within one agency, within one state of one agency, and across the whole country.
create index complaint_holder_recent_idx on complaint (current_agency_code, submitted_at desc, id);
create index complaint_holder_status_recent_idx on complaint (current_agency_code, status, submitted_at desc, id);
create index complaint_recent_idx on complaint (submitted_at desc, id) where current_agency_code is not null;
create index complaint_due_idx on complaint (due_on) where due_on is not null;
create index complaint_duplicate_of_idx on complaint (duplicate_of_id) where duplicate_of_id is not null;

-- Texts an agency answers common questions with; officers start a response from one and adapt it.
create table reply_template (
    id           bigint generated always as identity primary key,
    agency_code  varchar(80)  not null,
    name         varchar(120) not null,
    body         varchar(5000) not null,
    unique (agency_code, name)
);
