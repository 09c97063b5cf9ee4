-- The head of an agency (pimpinan): a staff account marked by an administrator, at most one per agency. The head
-- receives the monthly leadership summary and acknowledges it (docs/0046).
alter table account add column agency_head boolean not null default false;
alter table account add constraint account_head_is_staff check (not agency_head or role <> 'CITIZEN');
create unique index account_one_head_per_agency on account (agency_code) where agency_head;
