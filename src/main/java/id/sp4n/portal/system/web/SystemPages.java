package id.sp4n.portal.system.web;

import java.util.List;
import java.util.Set;

import id.sp4n.portal.shared.PortalLink;
import id.sp4n.portal.shared.PortalLinks;
import id.sp4n.portal.shared.RequestRules;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * The frame's own pages: the home page, the information pages of the footer (privacy, terms, help, accessibility,
 * contact), the administration index and the failed event deliveries.
 */
@Component
class SystemPages implements PortalLinks, RequestRules {

    @Override
    public void authorize(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers("/privasi", "/ketentuan", "/bantuan", "/aksesibilitas", "/kontak").permitAll()
                .requestMatchers("/admin/peristiwa-gagal").hasRole("NATIONAL_ADMIN");
    }

    @Override
    public List<PortalLink> links() {
        return List.of(
                PortalLink.main(10, "/", "nav.home", Set.of()),
                PortalLink.account(60, "/admin", "nav.admin", PortalLink.STAFF),
                PortalLink.administration(90, "/admin/peristiwa-gagal", "failedEvents.title", "admin.tool.failedEvents",
                        Set.of("NATIONAL_ADMIN")));
    }
}
