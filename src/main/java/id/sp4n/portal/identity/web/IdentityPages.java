package id.sp4n.portal.identity.web;

import java.util.List;
import java.util.Set;

import id.sp4n.portal.shared.PortalLink;
import id.sp4n.portal.shared.PortalLinks;
import id.sp4n.portal.shared.RequestRules;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Registration, staff invitations and password reset are open; staff administration is for agency and national
 * admins.
 */
@Component
class IdentityPages implements RequestRules, PortalLinks {

    @Override
    public void authorize(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers("/daftar", "/daftar/**", "/undangan", "/lupa-sandi", "/atur-ulang-sandi").permitAll()
                .requestMatchers("/admin/petugas", "/admin/petugas/**").hasAnyRole("AGENCY_ADMIN", "NATIONAL_ADMIN");
    }

    @Override
    public List<PortalLink> links() {
        return List.of(
                PortalLink.account(10, "/masuk", "nav.signIn", Set.of(PortalLink.GUEST)),
                PortalLink.account(20, "/daftar", "nav.register", Set.of(PortalLink.GUEST)),
                PortalLink.administration(20, "/admin/petugas", "staff.title", "admin.tool.staff",
                        Set.of("AGENCY_ADMIN", "NATIONAL_ADMIN")));
    }
}
