-- A connected regional system acts on complaints as an account of its agency with the SYSTEM role: its responses,
-- status changes and forwards carry an author like an officer's, and it can never sign in (docs/0048).
alter table account drop constraint account_role_check;
alter table account add constraint account_role_check
    check (role in ('CITIZEN', 'OFFICER', 'AGENCY_ADMIN', 'NATIONAL_ADMIN', 'OVERSIGHT', 'SYSTEM'));
