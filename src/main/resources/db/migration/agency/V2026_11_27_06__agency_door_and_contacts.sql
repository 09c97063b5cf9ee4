-- An agency's own intake door can be closed (complaints then enter at the national desk), and its public contacts.
alter table agency
    add column door_open       boolean      not null default true,
    add column contact_email   varchar(254),
    add column contact_phone   varchar(32),
    add column contact_address varchar(300);
