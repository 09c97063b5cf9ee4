package id.sp4n.portal.policy.web;

import java.util.List;
import java.util.Set;

import id.sp4n.portal.shared.PortalLink;
import id.sp4n.portal.shared.PortalLinks;
import id.sp4n.portal.shared.RequestRules;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** The register and its recurring problems are public; entries are kept by agency admins and the national admin. */
@Component
class PolicyPages implements RequestRules, PortalLinks {

    @Override
    public void authorize(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers("/kebijakan", "/kebijakan/**").permitAll()
                .requestMatchers("/admin/kebijakan/**").hasAnyRole("AGENCY_ADMIN", "NATIONAL_ADMIN");
    }

    @Override
    public List<PortalLink> links() {
        return List.of(PortalLink.main(67, "/kebijakan", "nav.policy", Set.of()),
                PortalLink.administration(78, "/admin/kebijakan/baru", "policy.new.title", "admin.tool.policy",
                        Set.of("AGENCY_ADMIN", "NATIONAL_ADMIN")));
    }
}
