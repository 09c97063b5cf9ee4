package id.sp4n.portal.system.web;

import java.util.List;
import java.util.Set;

import id.sp4n.portal.shared.PortalLink;
import id.sp4n.portal.shared.PortalLinks;
import id.sp4n.portal.shared.RequestRules;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** The frame's own links (home, administration) and the agency administration pages, which live here for now. */
@Component
class SystemPages implements RequestRules, PortalLinks {

    private static final Set<String> ADMINS = Set.of("AGENCY_ADMIN", "NATIONAL_ADMIN");

    @Override
    public void authorize(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers("/admin/instansi", "/admin/instansi.csv", "/admin/instansi/**")
                .hasAnyRole("AGENCY_ADMIN", "NATIONAL_ADMIN");
    }

    @Override
    public List<PortalLink> links() {
        return List.of(
                PortalLink.main(10, "/", "nav.home", Set.of()),
                PortalLink.account(60, "/admin", "nav.admin", PortalLink.STAFF),
                PortalLink.administration(10, "/admin/instansi", "nav.agencies", "admin.tool.agencies", ADMINS));
    }
}
