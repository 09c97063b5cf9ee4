-- The statistics module's own record of every complaint, kept from the typed complaint events alone (docs/0036):
-- what happened to it and when, never who reported it. Figures are computed from this table, not from the complaint
-- module's.
create table stat_complaint (
    tracking_number       varchar(12)  primary key,
    -- Filled by ComplaintSubmitted. Its statistics listener may run after a later event's (they run in parallel),
    -- so the columns only it knows start null and figures leave out rows without submitted_at (for milliseconds).
    type                  varchar(24),
    category_code         varchar(64),
    province_code         varchar(8),
    regency_code          varchar(16),
    door_agency_code      varchar(80)  not null,
    channel               varchar(24),
    -- The holder and state after the latest event applied (by the event's time, so a late retry cannot undo a
    -- newer state).
    agency_code           varchar(80),
    status                varchar(16),
    confidential          boolean,
    misconduct            boolean      not null default false,
    submitted_at          timestamptz,
    state_at              timestamptz  not null,
    -- Firsts: the instant and the working days since filing in the holder's calendar at that moment.
    routed_at             timestamptz,
    routing_hops          int,
    verified_at           timestamptz,
    verified_days         int,
    first_follow_up_at    timestamptz,
    first_follow_up_days  int,
    responded_at          timestamptz,
    responded_days        int,
    completed_at          timestamptz,
    completed_days        int,
    archived_at           timestamptz,
    archive_reason        varchar(32),
    -- How it moved: routing carried it away from its door; officers said "bukan wewenang" this often.
    routed_away           boolean      not null default false,
    officer_forwards      int          not null default 0,
    reopen_count          int          not null default 0,
    appealed              boolean      not null default false,
    escalation_level      int          not null default 0,
    ombudsman_referred    boolean      not null default false,
    rating                int          check (rating between 1 and 5),
    accepted              boolean
);

create index stat_complaint_agency_idx on stat_complaint (agency_code, submitted_at);
create index stat_complaint_submitted_idx on stat_complaint (submitted_at);

-- Events are delivered at least once (retries): counters move only for an event not seen before.
create table stat_applied_event (
    event_key  varchar(200) primary key,
    applied_at timestamptz  not null default now()
);
