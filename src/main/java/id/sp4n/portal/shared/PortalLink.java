package id.sp4n.portal.shared;

import java.util.Set;

/**
 * A link a module puts in the portal's frame: in the main navigation, in the account area of the navigation, or on
 * the administration index (with a description). {@code roles} are the role names that see it (empty: everyone;
 * {@code GUEST}: only visitors who are not signed in). Links of one area are shown in {@code order}.
 */
public record PortalLink(Area area, int order, String path, String labelKey, String descriptionKey,
                         Set<String> roles) {

    /** The role name of visitors who are not signed in. */
    public static final String GUEST = "GUEST";
    /** Every staff role, for links staff see whatever their role. */
    public static final Set<String> STAFF = Set.of("OFFICER", "AGENCY_ADMIN", "NATIONAL_ADMIN", "OVERSIGHT");

    public enum Area {
        MAIN, ACCOUNT, ADMINISTRATION
    }

    public PortalLink {
        roles = Set.copyOf(roles);
    }

    public static PortalLink main(int order, String path, String labelKey, Set<String> roles) {
        return new PortalLink(Area.MAIN, order, path, labelKey, null, roles);
    }

    public static PortalLink account(int order, String path, String labelKey, Set<String> roles) {
        return new PortalLink(Area.ACCOUNT, order, path, labelKey, null, roles);
    }

    public static PortalLink administration(int order, String path, String labelKey, String descriptionKey,
                                            Set<String> roles) {
        return new PortalLink(Area.ADMINISTRATION, order, path, labelKey, descriptionKey, roles);
    }
}
