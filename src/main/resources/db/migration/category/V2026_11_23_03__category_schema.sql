-- Complaint categories with the tier that has authority and the handler there
-- (a unit kind for regional tiers, a central body code for the central tier). LAINNYA has neither.
create table category (
    code              varchar(60)  primary key,
    tier              varchar(16)  check (tier in ('CENTRAL', 'PROVINCE', 'REGENCY')),
    handler           varchar(60),
    national_priority boolean      not null default false,
    name_id           varchar(200) not null,
    name_en           varchar(200) not null,
    keywords          text[]       not null default '{}',
    constraint category_tier_has_handler check ((tier is null) = (handler is null))
);
