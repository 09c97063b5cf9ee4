package id.sp4n.portal.agency.web;

import id.sp4n.portal.agency.AgencyAdministration;
import id.sp4n.portal.agency.AgencyAdministrator;
import id.sp4n.portal.agency.AgencyPermissions;
import id.sp4n.portal.shared.ActionForbiddenException;

/**
 * What the signed-in administrator may do to agencies, asked of {@link AgencyPermissions} (which the actions of
 * {@link AgencyAdministration} ask too), so that pages offer exactly the actions that will be accepted.
 */
public record AgencyRights(AgencyPermissions permissions, AgencyAdministration.Admin admin) {

    static AgencyRights of(AgencyPermissions permissions, AgencyAdministrator user) {
        return new AgencyRights(permissions, admin(user));
    }

    static AgencyAdministration.Admin admin(AgencyAdministrator user) {
        return user.asAgencyAdministrator();
    }

    public boolean edit(String code) {
        return permissions.mayEdit(admin, code);
    }

    public boolean addBelow(String code) {
        return permissions.mayAddBelow(admin, code);
    }

    public boolean move() {
        return permissions.mayMove(admin);
    }

    public boolean deactivate(String code) {
        return permissions.mayDeactivate(admin, code);
    }

    /** Refuses a form at once, before the administrator fills it in, when its action would be refused. */
    void require(boolean allowed, String messageCode) {
        if (!allowed) {
            throw new ActionForbiddenException(messageCode);
        }
    }
}
