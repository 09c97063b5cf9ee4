package id.sp4n.portal.routing;

import java.util.List;

/**
 * Who has authority over a complaint, and why. {@code agencyCode} is null when nobody can be named (no
 * category, or the named body is missing); the complaint then waits for verification on the way.
 * {@code rule} is the machine-readable rule (for staff and the simulator), {@code reasonCode} and
 * {@code reasonArgs} the explanation for citizens (see the complaint module's HopRecord for the argument form).
 */
public record AuthorityDecision(Kind kind, String agencyCode, String rule, String reasonCode,
                                List<String> reasonArgs) {

    public enum Kind {
        /** An administrator's responsibility rule. */
        OVERRIDE,
        /** The category's default tier and handler unit. */
        DEFAULT_UNIT,
        /** The category's default tier, but the government has no unit of the handler kind: it handles it itself. */
        DEFAULT_GOVERNMENT,
        /** A regency/city affair in Jakarta, handled by the provincial government. */
        JAKARTA,
        /** A central affair, handled by the named central body. */
        CENTRAL,
        /** No authority can be named. */
        NONE
    }

    public AuthorityDecision {
        reasonArgs = List.copyOf(reasonArgs);
    }

    public boolean hasAuthority() {
        return agencyCode != null;
    }
}
