-- Invitations for new staff: the link mailed to the officer lets them choose their own password, so no
-- administrator ever knows it. Only the token's hash is stored; one open invitation per account.
create table staff_invitation (
    token_hash  varchar(64) primary key,
    account_id  bigint      not null unique references account (id) on delete cascade,
    expires_at  timestamptz not null
);
