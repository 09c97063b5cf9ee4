-- What one person did and when: a head's own actions in the portal (docs/0046).
create index audit_log_actor_idx on audit_log (actor_account_id, at) where actor_account_id is not null;
