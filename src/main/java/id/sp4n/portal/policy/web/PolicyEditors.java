package id.sp4n.portal.policy.web;

import id.sp4n.portal.agency.AgencyHierarchy;
import id.sp4n.portal.audit.AuditLog;
import id.sp4n.portal.identity.PortalUser;
import id.sp4n.portal.policy.PolicyRegister;
import org.springframework.stereotype.Component;

/** Who keeps register entries: an agency admin for their agency's subtree, the national admin for all. */
@Component
class PolicyEditors {

    private final AgencyHierarchy agencies;

    PolicyEditors(AgencyHierarchy agencies) {
        this.agencies = agencies;
    }

    /** The editor {@code user} is, or null for anyone else (a guest, a citizen, an officer, oversight). */
    PolicyRegister.Editor of(PortalUser user) {
        if (user == null) {
            return null;
        }
        AuditLog.Actor actor = new AuditLog.Actor(user.accountId(), user.displayName());
        return switch (user.role()) {
            case NATIONAL_ADMIN -> new PolicyRegister.Editor(actor, agencies.tree().root().code());
            case AGENCY_ADMIN -> user.agencyCode() == null ? null : new PolicyRegister.Editor(actor, user.agencyCode());
            default -> null;
        };
    }
}
