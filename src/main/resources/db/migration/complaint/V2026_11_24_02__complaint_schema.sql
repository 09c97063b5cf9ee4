-- Complaints, their hop trail and attachments. Another module's data is referred to by code only.
create table complaint (
    id                     bigint generated always as identity primary key,
    tracking_number        varchar(12)  not null unique,
    access_key_hash        varchar(64)  not null unique,
    type                   varchar(24)  not null
        check (type in ('PENGADUAN', 'ASPIRASI', 'PERMINTAAN_INFORMASI')),
    status                 varchar(16)  not null
        check (status in ('SUBMITTED', 'VERIFIED', 'ON_HOLD', 'IN_PROGRESS', 'RESPONDED', 'COMPLETED', 'ARCHIVED')),
    title                  varchar(150) not null,
    description            varchar(5000) not null,
    incident_date          date         not null,
    province_code          varchar(13)  not null references region (code),
    regency_code           varchar(13)  not null references region (code),
    district_code          varchar(13)  references region (code),
    address                varchar(300),
    category_code          varchar(60)  references category (code),
    requested_agency_code  varchar(80),
    door_agency_code       varchar(80)  not null,
    current_agency_code    varchar(80),
    anonymous              boolean      not null,
    confidential           boolean      not null,
    reporter_account_id    bigint       references account (id),
    reporter_name          varchar(120),
    reporter_email         varchar(254),
    reporter_phone         varchar(32),
    reporter_locale        varchar(5)   not null default 'id',
    submitted_at           timestamptz  not null,
    routed_at              timestamptz,
    version                bigint       not null default 0,
    search                 tsvector generated always as (
        setweight(to_tsvector('indonesian', title), 'A') || setweight(to_tsvector('indonesian', description), 'B')
    ) stored,
    constraint complaint_reachable check (reporter_account_id is not null or reporter_email is not null
        or reporter_phone is not null)
);

create index complaint_search_idx on complaint using gin (search) with (fastupdate = off);
create index complaint_public_list_idx on complaint (submitted_at desc) where not confidential;
create index complaint_current_agency_idx on complaint (current_agency_code, status);
create index complaint_reporter_idx on complaint (reporter_account_id, submitted_at desc);
create index complaint_province_idx on complaint (province_code, submitted_at desc);
create index complaint_category_idx on complaint (category_code, submitted_at desc);

-- Every hand-off: who moved the complaint from where to where, when, under which rule, and why.
-- Ids come from a sequence in blocks of 50, so the hops of a route are inserted in one JDBC batch.
create sequence complaint_hop_seq increment by 50;

create table complaint_hop (
    id                bigint       primary key default nextval('complaint_hop_seq'),
    complaint_id      bigint       not null references complaint (id),
    seq               int          not null,
    from_agency_code  varchar(80),
    to_agency_code    varchar(80)  not null,
    at                timestamptz  not null,
    actor_kind        varchar(10)  not null check (actor_kind in ('SYSTEM', 'STAFF', 'CITIZEN')),
    actor_account_id  bigint,
    rule              varchar(200) not null,
    reason_code       varchar(80)  not null,
    reason_args       text[]       not null default '{}',
    unique (complaint_id, seq)
);

create table complaint_attachment (
    id            bigint generated always as identity primary key,
    complaint_id  bigint       not null references complaint (id),
    file_name     varchar(200) not null,
    media_type    varchar(40)  not null check (media_type in ('image/jpeg', 'image/png', 'application/pdf')),
    size_bytes    int          not null check (size_bytes > 0),
    sha256        varchar(64)  not null,
    content       bytea        not null
);

create index complaint_attachment_complaint_idx on complaint_attachment (complaint_id);

-- Submissions per client and hour, shared by every instance (rate limiting).
create table submission_quota (
    client_key   varchar(120) not null,
    window_start timestamptz  not null,
    used         int          not null,
    primary key (client_key, window_start)
);
