package id.sp4n.portal.shared;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The portal's address as people reach it, for links made outside a request (mail, receipts): {@code
 * portal.public-url} when it is set (production behind its proxy), else {@code http://localhost:<port>} with the
 * port the server really listens on (a local run on another port, a test on a random one), read when a link is
 * made because the port is known only after the server started. Never taken from a request's Host header.
 */
@Component
public class PortalAddress {

    private final Environment environment;
    /** Kept once it can no longer change: reading the environment costs more than the rest of an API answer. */
    private volatile String known;

    PortalAddress(Environment environment) {
        this.environment = environment;
    }

    public String publicUrl() {
        String url = known;
        if (url != null) {
            return url;
        }
        String configured = environment.getProperty("portal.public-url", "").strip();
        if (!configured.isEmpty()) {
            url = configured.endsWith("/") ? configured.substring(0, configured.length() - 1) : configured;
        } else {
            String listening = environment.getProperty("local.server.port");
            String port = listening != null ? listening : environment.getProperty("server.port", "8080");
            url = "http://localhost:" + ("0".equals(port) ? "8080" : port);
            if (listening == null) {
                return url;
            }
        }
        known = url;
        return url;
    }
}
