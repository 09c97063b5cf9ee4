package id.sp4n.portal.routing;

import java.util.List;

import id.sp4n.portal.complaint.HopRecord;
import id.sp4n.portal.complaint.Rerouting;
import org.springframework.stereotype.Component;

/** Verification's question to routing, answered by the same planner that routed the complaint first. */
@Component
class RerouteByAuthority implements Rerouting {

    private final RoutePlanner planner;

    RerouteByAuthority(RoutePlanner planner) {
        this.planner = planner;
    }

    @Override
    public List<HopRecord> towardsAuthority(String holderCode, String categoryCode, String provinceCode,
                                            String regencyCode) {
        Route route = planner.plan(holderCode, categoryCode, provinceCode, regencyCode, null);
        if (!route.decision().hasAuthority() || route.destinationCode().equals(holderCode)) {
            return List.of();
        }
        return route.hops();
    }
}
