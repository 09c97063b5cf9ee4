package id.sp4n.portal.routing.web;

import java.util.List;

import id.sp4n.portal.shared.PortalLink;
import id.sp4n.portal.shared.PortalLinks;
import id.sp4n.portal.shared.RequestRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** Responsibility rules are the national admin's; every staff member may read them and use the simulator. */
@Component
class RoutingPages implements RequestRules, PortalLinks {

    @Override
    public void authorize(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers(HttpMethod.POST, "/admin/aturan", "/admin/aturan/**").hasRole("NATIONAL_ADMIN");
    }

    @Override
    public List<PortalLink> links() {
        return List.of(
                PortalLink.administration(30, "/admin/aturan", "rules.title", "admin.tool.rules", PortalLink.STAFF),
                PortalLink.administration(40, "/admin/simulasi", "simulator.title", "admin.tool.simulator",
                        PortalLink.STAFF));
    }
}
