package id.sp4n.portal.complaint.web;

import id.sp4n.portal.complaint.TrackingNumber;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Absolute links to a complaint, built from the current request's scheme and host (which {@code AllowedHosts}
 * has checked is the portal's own).
 */
final class ServletLinks {

    private ServletLinks() {
    }

    static String trackingLink(TrackingNumber number) {
        return ServletUriComponentsBuilder.fromCurrentContextPath().path("/lacak/{number}")
                .buildAndExpand(number.value()).toUriString();
    }

    static String privateTrackingLink(TrackingNumber number, String accessKey) {
        return ServletUriComponentsBuilder.fromCurrentContextPath().path("/lacak/{number}")
                .queryParam("kunci", accessKey).buildAndExpand(number.value()).toUriString();
    }
}
