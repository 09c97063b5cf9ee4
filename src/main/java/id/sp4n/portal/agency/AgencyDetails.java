package id.sp4n.portal.agency;

import java.util.List;

/** An agency with its place in the tree: the agencies from the root down to it, and its size below. */
public record AgencyDetails(AgencySummary agency, List<AgencySummary> path, int childCount, int subtreeSize) {
}
