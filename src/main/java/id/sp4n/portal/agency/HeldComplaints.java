package id.sp4n.portal.agency;

import java.util.Collection;
import java.util.Map;

/**
 * What the agencies hold, as administration needs to know it: implemented by the complaint module (which depends
 * on this one), so that deactivating an agency can hand its unfinished complaints to a successor in the same
 * transaction and nothing is ever left at an inactive agency.
 */
public interface HeldComplaints {

    /** Unfinished complaints (not completed, not archived) held by any of the agencies. */
    long unfinishedAt(Collection<String> agencyCodes);

    /** Unfinished complaints per holding agency, for every agency that holds any (read from the kept counts). */
    Map<String, Long> unfinishedByAgency();

    /**
     * Holds back every change of holder until the caller's transaction ends, so that no complaint can arrive at the
     * agencies being deactivated while their complaints are handed over. Writers that were waiting then find the
     * agency inactive and fail (the database refuses an inactive holder) instead of leaving a complaint there.
     */
    void holdArrivals();

    /** Hands every unfinished complaint held by the agencies to the successor, each as a hop on its trail. */
    int handOver(Collection<String> agencyCodes, String successorCode, long actorAccountId, String reason);
}
