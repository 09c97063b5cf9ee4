-- The monthly summary each agency head receives and acknowledges (docs/0046): one per agency and month, to the head
-- at the time it was issued.
create table leadership_summary (
    id              bigint generated always as identity primary key,
    agency_code     varchar(80) not null,
    month           date        not null check (extract(day from month) = 1),
    head_account_id bigint      not null,
    issued_at       timestamptz not null,
    acknowledged_at timestamptz,
    unique (agency_code, month)
);
create index leadership_summary_head_idx on leadership_summary (head_account_id, month desc);
create index leadership_summary_month_idx on leadership_summary (month);
