-- Connected regional systems, their API keys and every call they make (docs/0048). Only a SHA-256 of a key's
-- secret is stored; the secret is shown once, when the key is issued.
create table connected_system (
    id               bigint generated always as identity primary key,
    agency_code      varchar(80)  not null,
    name             varchar(120) not null,
    access           varchar(8)   not null check (access in ('READ', 'WRITE')),
    calls_per_minute int          not null check (calls_per_minute between 1 and 6000),
    account_id       bigint       not null references account (id),
    -- Derives the idempotent intake key of each create (so a retry finds its complaint): never leaves the database.
    intake_secret    varchar(64)  not null,
    created_at       timestamptz  not null,
    created_by       varchar(254) not null,
    closed_at        timestamptz
);
create index connected_system_agency_idx on connected_system (agency_code);

create table api_key (
    id           bigint generated always as identity primary key,
    system_id    bigint       not null references connected_system (id),
    key_id       varchar(16)  not null unique,
    secret_hash  varchar(64)  not null,
    created_at   timestamptz  not null,
    -- A rotated key keeps working for a day, so the regional app can switch without a gap.
    expires_at   timestamptz,
    revoked_at   timestamptz,
    last_used_at timestamptz
);
create index api_key_system_idx on api_key (system_id, created_at desc);

create table api_call (
    id          bigint generated always as identity primary key,
    key_id      varchar(16)  not null,
    system_id   bigint       not null,
    at          timestamptz  not null,
    method      varchar(8)   not null,
    path        varchar(300) not null,
    status      int          not null
);
create index api_call_system_idx on api_call (system_id, at desc);
