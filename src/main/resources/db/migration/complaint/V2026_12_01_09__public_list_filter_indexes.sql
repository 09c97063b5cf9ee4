-- The public list filtered by province, category or holder (issue 19): its count stops at 1,001 matches and its
-- page is the newest ten, so both should read only index entries of public complaints in list order. Without these
-- the count scanned the table's rows until it had found 1,001 (8 ms for a province at 1,000,000 complaints, much
-- more for a rarer category), growing with the table.
create index complaint_public_province_idx on complaint (province_code, submitted_at desc, id) where not confidential;
create index complaint_public_category_idx on complaint (category_code, submitted_at desc, id) where not confidential;
create index complaint_public_holder_idx on complaint (current_agency_code, submitted_at desc, id) where not confidential;
