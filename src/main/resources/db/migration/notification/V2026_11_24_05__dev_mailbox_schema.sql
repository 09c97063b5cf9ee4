-- Mail "sent" while no SMTP server is configured on a local run with the embedded database, shown at /dev/mail.
create table dev_mail (
    id         bigint generated always as identity primary key,
    recipient  varchar(254) not null,
    subject    varchar(300) not null,
    text_body  text         not null,
    html_body  text         not null,
    sent_at    timestamptz  not null default now()
);
