-- Pending e-mail verifications of citizen accounts; only a hash of the token sent by mail is stored.
create table email_verification (
    token_hash  varchar(64) primary key,
    account_id  bigint      not null references account (id) on delete cascade,
    expires_at  timestamptz not null
);

create index email_verification_account_idx on email_verification (account_id);
