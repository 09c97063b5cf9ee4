package id.sp4n.portal.complaint.web;

import id.sp4n.portal.complaint.TrackingNumber;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Absolute links to a complaint, built from the current request's scheme and host. */
final class ServletLinks {

    private ServletLinks() {
    }

    static String privateTrackingLink(TrackingNumber number, String accessKey) {
        return ServletUriComponentsBuilder.fromCurrentContextPath().path("/lacak/{number}")
                .queryParam("kunci", accessKey).buildAndExpand(number.value()).toUriString();
    }
}
