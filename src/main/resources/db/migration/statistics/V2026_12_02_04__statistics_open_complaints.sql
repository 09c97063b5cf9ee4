-- The staff dashboard's backlog reads only open complaints, whenever filed: a partial index keeps that read to the
-- open ones of the agencies asked for, however large the record grows (docs/0040).
create index stat_complaint_open_idx on stat_complaint (agency_code, submitted_at)
    where status in ('SUBMITTED', 'VERIFIED', 'IN_PROGRESS', 'ON_HOLD');
