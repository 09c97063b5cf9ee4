-- How each complaint reached the portal (the form, the JSON API, Open311, a connected regional system): statistics
-- count by channel, and every channel goes through the same intake rules. Earlier complaints came through the form
-- or the API; they cannot be told apart any more and count as WEB.
alter table complaint add column channel varchar(20) not null default 'WEB'
    check (channel in ('WEB', 'API', 'OPEN311', 'CONNECTED_SYSTEM'));
