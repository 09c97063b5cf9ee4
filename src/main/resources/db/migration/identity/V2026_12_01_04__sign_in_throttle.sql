-- Token buckets of failed sign-ins (Bucket4j's PostgreSQL layout), one row per account address or client address.
-- Shared by every instance, so a second instance does not double an attacker's attempts.
create table sign_in_bucket (
    id         text   primary key,
    state      bytea,
    expires_at bigint
);
