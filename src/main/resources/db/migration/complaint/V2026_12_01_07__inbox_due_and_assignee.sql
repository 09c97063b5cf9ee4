-- The inbox sorts by the nearest time limit and filters "assigned to me" (issue 17) without a scan per page.
create index complaint_holder_due_idx on complaint (current_agency_code, due_on, submitted_at);
create index complaint_assignee_idx on complaint (assigned_account_id, submitted_at desc)
    where assigned_account_id is not null;
