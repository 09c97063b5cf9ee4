-- National holidays and collective leave are kept by the national admin year by year, each with the decree that
-- set it (the joint decree of three ministers, SKB). The 2026 seed came without the decree's numbers.
alter table holiday add column legal_basis varchar(300);

update holiday set legal_basis = 'SKB Menteri Agama, Menteri Ketenagakerjaan dan Menteri PANRB tentang Hari Libur Nasional dan Cuti Bersama Tahun 2026'
 where agency_code is null and extract(year from day) = 2026;
