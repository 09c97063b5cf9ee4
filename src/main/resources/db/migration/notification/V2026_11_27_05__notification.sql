-- The in-app notification centre: what happened to a signed-in person's complaints or queue, unread until opened.
create table notification (
    id           bigint generated always as identity primary key,
    account_id   bigint       not null references account (id),
    message_code varchar(80)  not null,
    message_args text[]       not null default '{}',
    link         varchar(300) not null,
    created_at   timestamptz  not null,
    read_at      timestamptz,
    -- One notice per event and person, so a redelivered event does not notify twice.
    event_key    varchar(120) not null,
    unique (account_id, event_key)
);

create index notification_unread_idx on notification (account_id, created_at desc) where read_at is null;
create index notification_account_idx on notification (account_id, created_at desc);

-- Mail already sent for an event, per recipient: a retried event skips those it reached before.
create table mail_sent (
    event_key  varchar(120) not null,
    recipient  varchar(254) not null,
    sent_at    timestamptz  not null,
    primary key (event_key, recipient)
);
