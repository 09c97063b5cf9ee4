-- Worst case for a year's ranking: every node of the tree with month rows for all twelve months of 2025, public and
-- confidential, alone and with its subtree, each with the measures a busy body has (as a million complaints a year
-- spread over every node would leave).
insert into stat_rollup (node_code, subtree, span, day, confidential, counts)
select a.code, s.subtree, 'M', m.day, c.confidential,
       jsonb_build_object('received', 40 + (abs(hashtext(a.code)) % 400), 'followUpWithinFiveDays', 30 + (abs(hashtext(a.code)) % 300),
                          'responded', 35 + (abs(hashtext(a.code || 'r')) % 350), 'responseWithinLimit', 30 + (abs(hashtext(a.code)) % 250),
                          'acceptanceRate', 20 + (abs(hashtext(a.code || 'a')) % 200), 'reopenRate', abs(hashtext(a.code)) % 20,
                          'appealRate', abs(hashtext(a.code)) % 10, 'completionRate', 25, 'ratings', 15 + abs(hashtext(a.code)) % 50,
                          'stars', 60 + abs(hashtext(a.code)) % 150, 'followUpRate', 35, 'verified', 38,
                          'TYPE:PENGADUAN', 30, 'TYPE:ASPIRASI', 10, 'CHANNEL:WEB', 40, 'DOOR:OWN', 40, 'RATING:4', 10, 'RATING:5', 5,
                          'CATEGORY:PENDIDIKAN-DASAR', 20, 'CATEGORY:KESEHATAN', 20, 'PROVINCE:32', 40, 'REGENCY:32.73', 40,
                          'daysToVerification:1', 20, 'daysToVerification:2', 18, 'daysToResponse:3', 20, 'daysToResponse:7', 15)
  from agency a
  cross join (values (true), (false)) s(subtree)
  cross join (values (true), (false)) c(confidential)
  cross join generate_series(date '2025-01-01', date '2025-12-01', interval '1 month') m(day)
 where a.active
on conflict do nothing;
