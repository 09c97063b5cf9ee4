-- Events are logged in the publishing transaction and applied to stat_complaint afterwards, in batches
-- (PendingEvents, docs/0037): the ones not applied yet are found through a small partial index.
alter table stat_event add column applied boolean not null default false;
update stat_event set applied = true;
create index stat_event_pending_idx on stat_event (seq) where not applied;
