package id.sp4n.portal.routing;

import id.sp4n.portal.complaint.ComplaintRouting;
import id.sp4n.portal.complaint.ComplaintSubmitted;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Routes every submitted complaint, after the submission has committed, in a transaction of its own. If it
 * fails, the event publication stays incomplete and is retried (see FailedEventRetry, and on restart); a
 * complaint already routed is left alone, so a retry never routes twice.
 * <p>
 * Unlike the other listeners it runs on the thread that filed, before the citizen's answer goes out, not on the
 * listener pool: routing then takes its share of the CPU with each submission and can never fall behind intake
 * (on the pool, 4 threads against 16 request threads, it fell up to 1,300 complaints behind under load). The
 * publication is still stored with the complaint, so a failed routing only delays, never loses it (docs/0033).
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

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(ComplaintSubmitted submitted) {
        Route route = planner.plan(submitted.doorAgencyCode(), submitted.categoryCode(), submitted.provinceCode(),
                submitted.regencyCode(), submitted.requestedAgencyCode());
        if (complaints.placeAlong(submitted.trackingNumber(), route.hops())) {
            log.debug("Routed {} from {} to {} in {} hops", submitted.trackingNumber(), submitted.doorAgencyCode(),
                    route.destinationCode(), route.hops().size());
        }
    }
}
