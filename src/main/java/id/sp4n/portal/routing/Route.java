package id.sp4n.portal.routing;

import java.util.List;

import id.sp4n.portal.complaint.HopRecord;

/**
 * Where a complaint goes from its door and why: the authority decision, the agency where it stops (the
 * authority, the citizen's chosen destination, or the verification desk on the way), and the hops.
 */
public record Route(AuthorityDecision decision, String destinationCode, List<HopRecord> hops) {

    public Route {
        hops = List.copyOf(hops);
    }
}
