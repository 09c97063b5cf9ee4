-- Time limits that enforce themselves (issue 5): the completion limit (never restarted by a forward), the day an
-- unanswered response completes itself, the warning sent once per limit, and the escalation up the hierarchy.
alter table complaint
    add column completion_due_on date,
    add column auto_complete_on  date,
    add column warned_due_on     date,
    add column escalation_level  int not null default 0,
    add column escalated_to_code varchar(80),
    add column escalate_again_on date;

create index complaint_auto_complete_idx on complaint (auto_complete_on) where auto_complete_on is not null;
create index complaint_escalated_to_idx on complaint (escalated_to_code, submitted_at desc)
    where escalated_to_code is not null;

alter table complaint_entry drop constraint complaint_entry_kind_check;
alter table complaint_entry add constraint complaint_entry_kind_check
    check (kind in ('RESPONSE', 'NOTE', 'CITIZEN_REPLY', 'STATE_CHANGE', 'INFO_REQUEST', 'REOPEN', 'FORWARD',
                    'ASSIGN', 'ARCHIVE', 'ESCALATION'));
