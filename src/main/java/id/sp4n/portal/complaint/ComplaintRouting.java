package id.sp4n.portal.complaint;

import java.time.Clock;
import java.util.List;

import id.sp4n.portal.shared.RecordNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What routing may do to a complaint: place it along a route of hops. */
@Service
public class ComplaintRouting {

    private final ComplaintRepository complaints;
    private final Clock clock;

    ComplaintRouting(ComplaintRepository complaints, Clock clock) {
        this.complaints = complaints;
        this.clock = clock;
    }

    /**
     * Records the route from the door and hands the complaint to the route's last agency. Returns false (and
     * changes nothing) when the complaint was routed before, so a redelivered event is harmless.
     */
    @Transactional
    public boolean placeAlong(String trackingNumber, List<HopRecord> route) {
        Complaint complaint = complaints.findByTrackingNumber(trackingNumber)
                .orElseThrow(() -> new RecordNotFoundException("complaint.notFound", trackingNumber));
        if (complaint.isRouted()) {
            return false;
        }
        complaint.routeAlong(route, clock.instant());
        complaints.save(complaint);
        return true;
    }
}
