package id.sp4n.portal.routing;

import id.sp4n.portal.complaint.ComplaintRouting;
import id.sp4n.portal.complaint.ComplaintSubmitted;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Routes every submitted complaint, after the submission has committed, in a transaction of its own. If it
 * fails, the event publication stays incomplete and is retried (see FailedEventRetry, and on restart); a
 * complaint already routed is left alone, so a retry never routes twice.
 */
@Component
class RouteNewComplaint {

    private static final Logger log = LoggerFactory.getLogger(RouteNewComplaint.class);

    private final RoutePlanner planner;
    private final ComplaintRouting complaints;

    RouteNewComplaint(RoutePlanner planner, ComplaintRouting complaints) {
        this.planner = planner;
        this.complaints = complaints;
    }

    @ApplicationModuleListener
    void on(ComplaintSubmitted submitted) {
        Route route = planner.plan(submitted.doorAgencyCode(), submitted.categoryCode(), submitted.provinceCode(),
                submitted.regencyCode(), submitted.requestedAgencyCode());
        if (complaints.placeAlong(submitted.trackingNumber(), route.hops())) {
            log.debug("Routed {} from {} to {} in {} hops", submitted.trackingNumber(), submitted.doorAgencyCode(),
                    route.destinationCode(), route.hops().size());
        }
    }
}
