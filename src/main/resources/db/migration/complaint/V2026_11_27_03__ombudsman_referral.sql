-- After 60 working days unresolved the reporter may hand the complaint to the Ombudsman (domain.md).
alter table complaint add column ombudsman_referred_at timestamptz;

create index complaint_ombudsman_idx on complaint (ombudsman_referred_at desc) where ombudsman_referred_at is not null;

alter table complaint_entry drop constraint complaint_entry_kind_check;
alter table complaint_entry add constraint complaint_entry_kind_check
    check (kind in ('RESPONSE', 'NOTE', 'CITIZEN_REPLY', 'STATE_CHANGE', 'INFO_REQUEST', 'REOPEN', 'FORWARD',
                    'ASSIGN', 'ARCHIVE', 'ESCALATION', 'OMBUDSMAN'));
