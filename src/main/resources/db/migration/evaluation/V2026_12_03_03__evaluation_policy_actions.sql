-- The policy follow-ups a body's subtree completed in the period (docs/0044): the data of the policy-use indicator,
-- kept with the row so that a kept ranking shows what it was computed from. Rows ranked before it existed: 0 (their
-- method version gives the indicator no weight).
alter table eval_ranking_row add column policy_actions int not null default 0;
