-- People who sign in. Staff (every role but CITIZEN) belong to exactly one agency; citizens to none.
create table account (
    id               bigint generated always as identity primary key,
    email            varchar(254) not null,
    password_hash    varchar(200) not null,
    display_name     varchar(120) not null,
    role             varchar(20)  not null
        check (role in ('CITIZEN', 'OFFICER', 'AGENCY_ADMIN', 'NATIONAL_ADMIN', 'OVERSIGHT')),
    agency_code      varchar(80)  references agency (code),
    enabled          boolean      not null default true,
    email_verified   boolean      not null default false,
    preferred_locale varchar(5)   not null default 'id',
    created_at       timestamptz  not null default now(),
    version          bigint       not null default 0,
    constraint account_staff_has_agency check ((role = 'CITIZEN') = (agency_code is null))
);

create unique index account_email_unique on account (lower(email));
