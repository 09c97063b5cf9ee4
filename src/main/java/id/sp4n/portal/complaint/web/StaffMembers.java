package id.sp4n.portal.complaint.web;

import id.sp4n.portal.complaint.handling.Staff;
import id.sp4n.portal.identity.PortalUser;
import org.springframework.security.access.AccessDeniedException;

/** Who the signed-in staff member is for casework: their role decides how far their inbox reaches. */
final class StaffMembers {

    private StaffMembers() {
    }

    static Staff of(PortalUser user) {
        Staff.Scope scope = switch (user.role()) {
            case OFFICER -> Staff.Scope.AGENCY;
            case AGENCY_ADMIN -> Staff.Scope.SUBTREE;
            case NATIONAL_ADMIN -> Staff.Scope.NATIONAL;
            case OVERSIGHT -> Staff.Scope.OVERSIGHT;
            case CITIZEN, SYSTEM -> throw new AccessDeniedException("Citizens and connected systems have no inbox");
        };
        return new Staff(user.accountId(), user.displayName(), user.agencyCode(), scope);
    }
}
