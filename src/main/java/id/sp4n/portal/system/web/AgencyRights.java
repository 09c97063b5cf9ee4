package id.sp4n.portal.system.web;

import id.sp4n.portal.agency.AgencyAdministration;
import id.sp4n.portal.identity.PortalUser;
import id.sp4n.portal.identity.Role;
import id.sp4n.portal.shared.ActionForbiddenException;

/**
 * What the signed-in administrator may do to agencies, asked of {@link AgencyAdministration} (which enforces the
 * same rules in its actions), so that pages offer exactly the actions that will be accepted.
 */
public record AgencyRights(AgencyAdministration administration, AgencyAdministration.Admin admin) {

    static AgencyRights of(AgencyAdministration administration, PortalUser user) {
        return new AgencyRights(administration, admin(user));
    }

    static AgencyAdministration.Admin admin(PortalUser user) {
        return new AgencyAdministration.Admin(user.accountId(), user.displayName(), user.role() == Role.NATIONAL_ADMIN,
                user.agencyCode());
    }

    public boolean edit(String code) {
        return administration.mayEdit(admin, code);
    }

    public boolean addBelow(String code) {
        return administration.mayAddBelow(admin, code);
    }

    public boolean move() {
        return administration.mayMove(admin);
    }

    public boolean deactivate(String code) {
        return administration.mayDeactivate(admin, code);
    }

    /** Refuses a form at once, before the administrator fills it in, when its action would be refused. */
    void require(boolean allowed, String messageCode) {
        if (!allowed) {
            throw new ActionForbiddenException(messageCode);
        }
    }
}
