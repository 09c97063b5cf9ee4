-- Citizens may turn off mail about the progress of their complaints that does not ask anything of them.
alter table account add column progress_mail boolean not null default true;
