-- A body's place in its class's full list (ranked first, by peer group and rank, then those not ranked, by name), so
-- a page of a long list (11,902 service units) is an index range, not a sort of the whole class per request. The
-- rankings kept so far have no positions: they are derived data from the first day of the module, computed again
-- on their next visit.
delete from eval_ranking;
alter table eval_ranking_row add column list_position int not null;
drop index eval_ranking_row_order_idx;
create index eval_ranking_row_top_idx on eval_ranking_row (ranking_id, rank) where rank is not null;
create unique index eval_ranking_row_list_idx on eval_ranking_row (ranking_id, body_class, list_position);
