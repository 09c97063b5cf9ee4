package id.sp4n.portal.audit.web;

import java.util.List;
import java.util.Set;

import id.sp4n.portal.shared.PortalLink;
import id.sp4n.portal.shared.PortalLinks;
import id.sp4n.portal.shared.RequestRules;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** The audit log is read by the national admin and oversight. */
@Component
class AuditPages implements RequestRules, PortalLinks {

    @Override
    public void authorize(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers("/admin/audit", "/admin/audit/**").hasAnyRole("NATIONAL_ADMIN", "OVERSIGHT");
    }

    @Override
    public List<PortalLink> links() {
        return List.of(PortalLink.administration(80, "/admin/audit", "audit.title", "admin.tool.audit",
                Set.of("NATIONAL_ADMIN", "OVERSIGHT")));
    }
}
