package id.sp4n.portal.programme.web;

import java.util.List;
import java.util.Set;

import id.sp4n.portal.shared.PortalLink;
import id.sp4n.portal.shared.PortalLinks;
import id.sp4n.portal.shared.RequestRules;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Programme pages are public; the KSP view (with confidential complaints and their cases) is for the oversight accounts
 * and the national admin, who alone defines programmes.
 */
@Component
class ProgrammePages implements RequestRules, PortalLinks {

    @Override
    public void authorize(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers("/program", "/program/**").permitAll()
                .requestMatchers("/admin/program/baru", "/admin/program/*/ubah", "/admin/program/*/tandai-ulang")
                .hasRole("NATIONAL_ADMIN")
                .requestMatchers("/admin/program", "/admin/program/**").hasAnyRole("NATIONAL_ADMIN", "OVERSIGHT");
    }

    @Override
    public List<PortalLink> links() {
        return List.of(PortalLink.main(68, "/program", "nav.programmes", Set.of()),
                PortalLink.administration(79, "/admin/program", "programme.admin.title", "admin.tool.programmes",
                        Set.of("NATIONAL_ADMIN", "OVERSIGHT")));
    }
}
