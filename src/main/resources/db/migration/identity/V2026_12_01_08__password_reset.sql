-- Password reset by mail (issue 17): one open link per account, stored only as the hash of its secret.
create table password_reset (
    token_hash  varchar(64) primary key,
    account_id  bigint      not null references account (id) on delete cascade,
    created_at  timestamptz not null,
    expires_at  timestamptz not null
);

create index password_reset_account_idx on password_reset (account_id);
