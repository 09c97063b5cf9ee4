-- What the staff dashboard's backlog needs about an open complaint (docs/0040): the time limit running now (when its
-- clock started and when it is due, in the holder's calendar) and the officer it is assigned to — kept with the
-- holder and state, so the newest event's values stand. Null for events logged before they carried them.
alter table stat_complaint
    add column limit_started_on    date,
    add column limit_due_on        date,
    add column assignee_account_id bigint;
