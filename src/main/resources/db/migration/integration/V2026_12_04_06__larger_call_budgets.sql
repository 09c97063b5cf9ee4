-- A province-wide or city CRM may send far more than 100 calls a second at peaks: budgets up to 60,000 a minute.
alter table connected_system drop constraint connected_system_calls_per_minute_check;
alter table connected_system add constraint connected_system_calls_per_minute_check
    check (calls_per_minute between 1 and 60000);
