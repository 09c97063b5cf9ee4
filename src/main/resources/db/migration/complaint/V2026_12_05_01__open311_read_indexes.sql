-- Reads of issue 16 at 1,000,000 complaints.
-- servicerequestupdates lists public responses and changes of state by time: without this index it read every
-- timeline entry of the last 90 days and sorted them (p50 360 ms; 20 ms p95 with it).
create index complaint_entry_public_change_idx on complaint_entry (at, id) where kind in ('RESPONSE', 'STATE_CHANGE');
-- A connected system's sync (updated after, in the order of change) over its subtree could not use the public-only
-- index and sorted every complaint of a province (1.2 s p95 for pemda-32). One index over all complaints serves both
-- the public list (its filter on confidential/anonymous passes most rows) and the subtree's.
drop index complaint_open311_updated_idx;
create index complaint_updated_idx on complaint (updated_at, id);
