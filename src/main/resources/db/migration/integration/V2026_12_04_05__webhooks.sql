-- Webhooks of connected systems (docs/0051): where to deliver, and one row per event and endpoint, kept until it is
-- delivered or given up on (the dead-letter list the agency admin can replay).
create table webhook_endpoint (
    id          bigint generated always as identity primary key,
    system_id   bigint       not null references connected_system (id),
    url         varchar(500) not null,
    -- Standard Webhooks signing secret (whsec_…): the portal must sign with it, so it is kept, not hashed.
    secret      varchar(100) not null,
    created_at  timestamptz  not null,
    disabled_at timestamptz
);
create index webhook_endpoint_system_idx on webhook_endpoint (system_id);

create table webhook_delivery (
    id              bigint generated always as identity primary key,
    endpoint_id     bigint       not null references webhook_endpoint (id),
    event_id        varchar(40)  not null,
    event_type      varchar(40)  not null,
    tracking_number varchar(12)  not null,
    payload         text         not null,
    status          varchar(10)  not null check (status in ('PENDING', 'SENDING', 'DELIVERED', 'DEAD')),
    attempts        int          not null default 0,
    next_attempt_at timestamptz  not null,
    last_status     int,
    last_error      varchar(300),
    created_at      timestamptz  not null,
    delivered_at    timestamptz,
    -- The event log may hand an event over twice (at-least-once): it is queued once per endpoint.
    unique (endpoint_id, event_id)
);
-- Due deliveries, and claims whose lease ran out (their instance died while sending).
create index webhook_delivery_due_idx on webhook_delivery (next_attempt_at) where status in ('PENDING', 'SENDING');
create index webhook_delivery_endpoint_idx on webhook_delivery (endpoint_id, created_at desc);
