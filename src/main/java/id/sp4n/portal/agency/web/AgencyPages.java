package id.sp4n.portal.agency.web;

import java.util.List;
import java.util.Set;

import id.sp4n.portal.shared.PortalLink;
import id.sp4n.portal.shared.PortalLinks;
import id.sp4n.portal.shared.RequestRules;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** The public agency directory and its open-data API are open to everyone; their administration to admins. */
@Component
class AgencyPages implements RequestRules, PortalLinks {

    @Override
    public void authorize(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers("/instansi", "/instansi/**", "/api/v1/agencies", "/api/v1/agencies/**").permitAll()
                .requestMatchers("/admin/instansi", "/admin/instansi.csv", "/admin/instansi/**")
                .hasAnyRole("AGENCY_ADMIN", "NATIONAL_ADMIN");
    }

    @Override
    public List<PortalLink> links() {
        return List.of(PortalLink.main(50, "/instansi", "nav.directory", Set.of()),
                PortalLink.administration(10, "/admin/instansi", "nav.agencies", "admin.tool.agencies",
                        Set.of("AGENCY_ADMIN", "NATIONAL_ADMIN")));
    }
}
