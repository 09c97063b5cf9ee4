-- The backlog at a million complaints (docs/benchmarks.md): the count per holder, officer and limit reads only this
-- index (its columns are included, so no row is fetched), and the nation's oldest and most overdue open complaints
-- are the first entries of an index in their own order instead of a sort of every open complaint.
drop index stat_complaint_open_idx;
create index stat_complaint_open_idx on stat_complaint (agency_code, submitted_at)
    include (status, assignee_account_id, limit_started_on, limit_due_on, escalation_level)
    where status in ('SUBMITTED', 'VERIFIED', 'IN_PROGRESS', 'ON_HOLD');
create index stat_complaint_open_filed_idx on stat_complaint (submitted_at, tracking_number)
    where status in ('SUBMITTED', 'VERIFIED', 'IN_PROGRESS', 'ON_HOLD');
create index stat_complaint_open_due_idx on stat_complaint (limit_due_on, submitted_at, tracking_number)
    where status in ('SUBMITTED', 'VERIFIED', 'IN_PROGRESS', 'ON_HOLD') and limit_due_on is not null;
