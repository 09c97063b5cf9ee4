-- Every complaint event the statistics module received, as received: the history a rebuild replays through the same
-- code as the live feed (docs/0036). The events carry nothing about the reporter.
create table stat_event (
    seq         bigint       generated always as identity primary key,
    kind        varchar(40)  not null,
    payload     jsonb        not null,
    received_at timestamptz  not null default now()
);
