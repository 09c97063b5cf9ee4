-- The policy follow-up register (docs/0044): recurring complaints -> root cause -> action -> owner -> status and
-- dates. Public; nothing personal is kept here (linked complaints by tracking number only, public ones only).
create table policy_follow_up (
    id             bigint generated always as identity primary key,
    agency_code    varchar(80)   not null,
    title          varchar(150)  not null,
    category_code  varchar(60)   not null,
    -- the province, regency or city the problem is about; null: the whole country
    region_code    varchar(13),
    root_cause     varchar(2000) not null,
    action_kind    varchar(16)   not null check (action_kind in ('REGULATION', 'SOP', 'BUDGET', 'SERVICE_CHANGE')),
    action         varchar(2000) not null,
    -- the unit or position answerable for the action (not a private person)
    owner          varchar(150)  not null,
    status         varchar(12)   not null check (status in ('PLANNED', 'IN_PROGRESS', 'DONE')),
    planned_on     date          not null,
    -- the day the action took effect: set exactly when done; the effect is measured around it
    done_on        date,
    opened_at      timestamptz   not null,
    updated_at     timestamptz   not null,
    version        bigint        not null default 0,
    constraint policy_done_has_day check ((status = 'DONE') = (done_on is not null))
);
create index policy_follow_up_agency_idx on policy_follow_up (agency_code);
create index policy_follow_up_done_idx on policy_follow_up (done_on) where done_on is not null;

create table policy_follow_up_complaint (
    follow_up_id    bigint      not null references policy_follow_up (id) on delete cascade,
    tracking_number varchar(12) not null,
    linked_at       timestamptz not null,
    primary key (follow_up_id, tracking_number)
);
create index policy_follow_up_complaint_number_idx on policy_follow_up_complaint (tracking_number);
