-- Whole months beside days (docs/0041): a row per node, month and confidentiality (span 'M', day = the month's
-- first) beside the daily rows (span 'D'), so a year is read from twelve rows and the days of the partial months
-- at its ends, not from 366. The rows already kept are days; the next batch sees the changed definitions and builds
-- the roll-up again with both spans.
alter table stat_rollup add column span char(1) not null default 'D' check (span in ('D', 'M'));
alter table stat_rollup alter column span drop default;
alter table stat_rollup drop constraint stat_rollup_pkey;
alter table stat_rollup add primary key (node_code, subtree, span, day, confidential);
