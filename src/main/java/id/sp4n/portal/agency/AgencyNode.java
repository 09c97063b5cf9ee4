package id.sp4n.portal.agency;

/**
 * One agency in the in-memory tree: enough to walk the hierarchy and decide who covers a region.
 * {@code regionCode} is null for central bodies.
 */
public record AgencyNode(String code, String name, String kind, AgencyTier tier, String parentCode,
                         String regionCode, int depth, boolean doorOpen) {

    /** An agency whose own intake door is open (the usual case). */
    public AgencyNode(String code, String name, String kind, AgencyTier tier, String parentCode, String regionCode,
                      int depth) {
        this(code, name, kind, tier, parentCode, regionCode, depth, true);
    }

    public boolean isRoot() {
        return parentCode == null;
    }

    /**
     * Whether this agency's territory includes the region: a government or unit covers its own region and
     * everything inside it ({@code 32} covers {@code 32.73.01}); the root (national desk) covers the whole
     * country; other central bodies cover no particular region.
     */
    public boolean covers(String region) {
        if (isRoot()) {
            return true;
        }
        return regionCode != null && region != null
                && (region.equals(regionCode) || region.startsWith(regionCode + "."));
    }
}
