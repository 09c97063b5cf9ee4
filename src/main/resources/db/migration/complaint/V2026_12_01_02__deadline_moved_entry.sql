-- A change of national or regional holidays recomputes the limits of open complaints; a limit that moved is put
-- on the complaint's record (DEADLINE_MOVED), publicly like the due date itself.
alter table complaint_entry drop constraint complaint_entry_kind_check;
alter table complaint_entry add constraint complaint_entry_kind_check
    check (kind in ('RESPONSE', 'NOTE', 'CITIZEN_REPLY', 'STATE_CHANGE', 'INFO_REQUEST', 'REOPEN', 'FORWARD',
                    'ASSIGN', 'ARCHIVE', 'ESCALATION', 'OMBUDSMAN', 'DEADLINE_MOVED'));
