-- What connected systems filed and changed (docs/0050). A create is known by its Idempotency-Key or the system's
-- own id of the complaint; an update by the system's update id: a retry or a replay finds what the first one did.
create table system_intake (
    system_id       bigint       not null references connected_system (id),
    request_key     varchar(300) not null,
    external_id     varchar(100),
    tracking_number varchar(12)  not null,
    -- SHA-256 of the request body: the same key with another body is refused (IETF Idempotency-Key draft).
    fingerprint     varchar(64)  not null,
    created_at      timestamptz  not null,
    primary key (system_id, request_key)
);
create unique index system_intake_external_idx on system_intake (system_id, external_id) where external_id is not null;
create index system_intake_number_idx on system_intake (tracking_number);

create table system_update (
    system_id       bigint       not null references connected_system (id),
    update_id       varchar(100) not null,
    tracking_number varchar(12)  not null,
    action          varchar(16)  not null,
    sent_version    bigint       not null,
    -- APPLIED; STALE: the complaint had changed after the version sent, so the update was kept here only.
    outcome         varchar(8)   not null check (outcome in ('APPLIED', 'STALE')),
    body            jsonb        not null,
    received_at     timestamptz  not null,
    primary key (system_id, update_id)
);
create index system_update_number_idx on system_update (tracking_number, received_at);
