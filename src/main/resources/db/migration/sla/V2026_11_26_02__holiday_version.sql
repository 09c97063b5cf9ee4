-- Holidays are cached in memory (calendars are needed for every routed complaint and every inbox row); a change
-- on any instance bumps the version so that every instance reloads them.
insert into reference_data_version (name) values ('holiday');

create trigger holiday_changed after insert or update or delete on holiday
    for each statement execute function reference_data_touch('holiday');
