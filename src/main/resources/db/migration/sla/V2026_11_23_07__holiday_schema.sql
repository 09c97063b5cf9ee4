-- Days that are not working days besides weekends: national holidays and collective leave (agency_code null),
-- and regional holidays an agency admin adds for an agency (they apply to its whole subtree).
create table holiday (
    id          bigint generated always as identity primary key,
    day         date         not null,
    kind        varchar(20)  not null check (kind in ('NATIONAL_HOLIDAY', 'COLLECTIVE_LEAVE', 'REGIONAL_HOLIDAY')),
    name        varchar(200) not null,
    agency_code varchar(80),
    constraint holiday_regional_has_agency check ((kind = 'REGIONAL_HOLIDAY') = (agency_code is not null))
);

create unique index holiday_national_day on holiday (day) where agency_code is null;
create unique index holiday_agency_day on holiday (agency_code, day) where agency_code is not null;
