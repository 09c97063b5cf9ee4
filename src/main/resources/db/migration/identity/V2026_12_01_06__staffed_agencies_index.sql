-- Which agencies have active staff is read on every inbox and case page (issue 17: an agency without staff is
-- worked by its nearest ancestor with staff); citizens, the bulk of the accounts, are outside this index.
create index account_active_staff_agency on account (agency_code)
    where enabled and role in ('OFFICER', 'AGENCY_ADMIN', 'NATIONAL_ADMIN');
