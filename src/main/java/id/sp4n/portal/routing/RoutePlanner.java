package id.sp4n.portal.routing;

import java.util.ArrayList;
import java.util.List;

import id.sp4n.portal.agency.AgencyHierarchy;
import id.sp4n.portal.agency.AgencyNode;
import id.sp4n.portal.agency.AgencyTree;
import id.sp4n.portal.complaint.HopRecord;
import org.springframework.stereotype.Service;

/**
 * Plans the route of a new complaint (domain.md, "Who has authority", steps 2–4): from the door up the tree
 * until an ancestor of the destination, then down to it, one recorded hop per step. The destination is the
 * agency with authority; if nobody has authority, the agency the citizen named, else the lowest agency on
 * the way to the place's government that covers the place, where it waits for verification. Never nowhere.
 * The routing simulator uses this same class, so what it shows is what happens.
 */
@Service
public class RoutePlanner {

    private final AgencyHierarchy hierarchy;
    private final AuthorityResolver resolver;

    RoutePlanner(AgencyHierarchy hierarchy, AuthorityResolver resolver) {
        this.hierarchy = hierarchy;
        this.resolver = resolver;
    }

    public Route plan(String doorCode, String categoryCode, String provinceCode, String regencyCode,
                      String requestedCode) {
        AgencyTree tree = hierarchy.tree();
        AuthorityDecision decision = resolver.resolve(tree, categoryCode, provinceCode, regencyCode);
        String door = doorCode;
        List<HopRecord> hops = new ArrayList<>();
        if (!tree.contains(door)) {
            // The door was closed after the complaint came in: the national desk takes it from there.
            String root = tree.root().code();
            hops.add(HopRecord.bySystem(door, root, "DOOR_CLOSED", "route.hop.doorClosed", List.of("agency:" + door)));
            door = root;
        }

        String destination;
        String finalReason;
        List<String> finalArgs;
        String rule;
        boolean requestedIsOther = requestedCode != null && tree.contains(requestedCode);
        if (decision.hasAuthority()) {
            destination = decision.agencyCode();
            requestedIsOther = requestedIsOther && !requestedCode.equals(destination);
            finalReason = decision.reasonCode() + (requestedIsOther ? ".notChosen" : "");
            finalArgs = new ArrayList<>(decision.reasonArgs());
            if (requestedIsOther) {
                finalArgs.add("agency:" + requestedCode);
            }
            rule = decision.rule();
        } else if (requestedIsOther) {
            destination = requestedCode;
            finalReason = "route.authority.citizenChoice";
            finalArgs = List.of("agency:" + requestedCode);
            rule = "CITIZEN_CHOICE: no authority for the category → requested " + requestedCode;
        } else {
            destination = verificationDesk(tree, door, provinceCode, regencyCode);
            finalReason = decision.reasonCode();
            finalArgs = List.of("region:" + regencyCode, "agency:" + destination);
            rule = decision.rule() + " → " + destination;
        }

        List<AgencyNode> path = tree.path(door, destination);
        for (int i = 1; i < path.size(); i++) {
            AgencyNode from = path.get(i - 1);
            AgencyNode to = path.get(i);
            boolean last = i == path.size() - 1;
            if (last) {
                hops.add(HopRecord.bySystem(from.code(), to.code(), rule, finalReason, finalArgs));
            } else {
                boolean up = to.code().equals(from.parentCode());
                hops.add(HopRecord.bySystem(from.code(), to.code(), rule, up ? "route.hop.up" : "route.hop.down",
                        List.of("agency:" + to.code(), "agency:" + destination)));
            }
        }
        return new Route(decision, destination, hops);
    }

    /** The lowest agency on the way from the door to the place's government that covers the place. */
    private static String verificationDesk(AgencyTree tree, String door, String provinceCode, String regencyCode) {
        String government = tree.contains("pemda-" + regencyCode) ? "pemda-" + regencyCode
                : tree.contains("pemda-" + provinceCode) ? "pemda-" + provinceCode : tree.root().code();
        AgencyNode lowest = tree.root();
        for (AgencyNode node : tree.path(door, government)) {
            if (node.covers(regencyCode) && node.depth() > lowest.depth()) {
                lowest = node;
            }
        }
        return lowest.code();
    }
}
