package id.sp4n.portal.complaint;

import java.util.List;

/**
 * Asks routing whether a complaint, now classified, belongs somewhere else. Implemented by the routing
 * module (which depends on this one, not the other way round), so verification and the first routing apply
 * the same rule.
 */
public interface Rerouting {

    /**
     * The hops from {@code holderCode} to the agency with authority for the category and place; empty when the
     * holder has the authority, or when nobody has (the holder keeps it).
     */
    List<HopRecord> towardsAuthority(String holderCode, String categoryCode, String provinceCode, String regencyCode);
}
