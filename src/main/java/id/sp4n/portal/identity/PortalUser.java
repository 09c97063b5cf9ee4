package id.sp4n.portal.identity;

import java.util.Collection;
import java.util.List;

import id.sp4n.portal.agency.AgencyAdministration;
import id.sp4n.portal.agency.AgencyAdministrator;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in person as the rest of the portal sees them: id, name, role and (for staff) agency.
 * Serializable because it lives in the shared JDBC session.
 */
public final class PortalUser implements UserDetails, AgencyAdministrator {

    private static final long serialVersionUID = 1L;

    private final long accountId;
    private final String email;
    private final String passwordHash;
    private final String displayName;
    private final Role role;
    private final String agencyCode;
    private final boolean enabled;

    PortalUser(long accountId, String email, String passwordHash, String displayName, Role role, String agencyCode,
               boolean enabled) {
        this.accountId = accountId;
        this.email = email;
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        this.role = role;
        this.agencyCode = agencyCode;
        this.enabled = enabled;
    }

    public long accountId() {
        return accountId;
    }

    public String displayName() {
        return displayName;
    }

    @Override
    public AgencyAdministration.Admin asAgencyAdministrator() {
        return new AgencyAdministration.Admin(accountId, displayName, role == Role.NATIONAL_ADMIN, agencyCode);
    }

    public Role role() {
        return role;
    }

    /** The agency a staff member belongs to; null for citizens. */
    public String agencyCode() {
        return agencyCode;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(role.authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }
}
