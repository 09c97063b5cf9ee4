-- The policy register counts public complaints of one category (and place) over a few months (docs/0044).
create index stat_complaint_category_idx on stat_complaint (category_code, submitted_at) where not confidential;
