-- No complaint may arrive at an inactive agency. Deactivating an agency hands its unfinished complaints to a
-- successor; this check stops the ones that would arrive afterwards: a router or officer on another instance whose
-- copy of the tree is up to a second old, or a transaction that was waiting while the agency was deactivated (the
-- deactivation locks complaint writes, and the function's query sees what that transaction committed). The writer's
-- transaction fails and nothing is half-written; routing retries with the current tree.
create function complaint_holder_must_be_active() returns trigger language plpgsql as $$
begin
    if new.current_agency_code is not null
       and (tg_op = 'INSERT' or new.current_agency_code is distinct from old.current_agency_code)
       and not exists (select 1 from agency where code = new.current_agency_code and active) then
        raise exception 'complaint % cannot be held by inactive agency %', new.tracking_number, new.current_agency_code
            using errcode = 'check_violation';
    end if;
    return new;
end
$$;

create trigger complaint_holder_active
    before insert or update of current_agency_code on complaint
    for each row execute function complaint_holder_must_be_active();
