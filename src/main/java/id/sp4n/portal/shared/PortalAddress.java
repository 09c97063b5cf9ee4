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

    PortalAddress(Environment environment) {
        this.environment = environment;
    }

    public String publicUrl() {
        String configured = environment.getProperty("portal.public-url", "").strip();
        if (!configured.isEmpty()) {
            return configured.endsWith("/") ? configured.substring(0, configured.length() - 1) : configured;
        }
        String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        return "http://localhost:" + ("0".equals(port) ? "8080" : port);
    }
}
