-- A body's head's involvement over the period (docs/0046), kept with the row it was ranked from: months whose summary
-- went to the head, and the points earned (acknowledged; acted in the portal themselves).
alter table eval_ranking_row add column leadership_points int not null default 0;
alter table eval_ranking_row add column leadership_months int not null default 0;
