-- Event deliveries the portal gave up on after its bounded number of tries (docs/0026). Only what an administrator
-- needs to see what failed: never the event itself, which may carry a private link's secret or a reporter's address.
create table failed_event (
    id           uuid        not null primary key,
    listener     text        not null,
    event_type   text        not null,
    subject      text,
    published_at timestamptz not null,
    attempts     int         not null,
    failed_at    timestamptz not null
);

create index failed_event_by_time_idx on failed_event (failed_at desc);
