package id.sp4n.portal.integration.web;

import java.util.List;
import java.util.Set;

import id.sp4n.portal.shared.PortalLink;
import id.sp4n.portal.shared.PortalLinks;
import id.sp4n.portal.shared.RequestRules;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * The integrator's guide and the OpenAPI description are public; connected systems and their keys are kept by agency
 * admins (their subtree) and the national admin.
 */
@Component
class IntegrationPages implements RequestRules, PortalLinks {

    @Override
    public void authorize(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers("/integrasi", "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**")
                .permitAll()
                .requestMatchers("/admin/integrasi", "/admin/integrasi/**").hasAnyRole("AGENCY_ADMIN", "NATIONAL_ADMIN");
    }

    @Override
    public List<PortalLink> links() {
        return List.of(PortalLink.administration(81, "/admin/integrasi", "integration.admin.title",
                "admin.tool.integration", Set.of("AGENCY_ADMIN", "NATIONAL_ADMIN")));
    }
}
