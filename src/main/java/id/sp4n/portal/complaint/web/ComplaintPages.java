package id.sp4n.portal.complaint.web;

import java.util.List;
import java.util.Set;

import id.sp4n.portal.shared.PortalLink;
import id.sp4n.portal.shared.PortalLinks;
import id.sp4n.portal.shared.RequestRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Filing, tracking and the public list are open to everyone (the reporter proves a complaint is theirs with the
 * private link); the inbox and case pages are for staff, and oversight reads them but changes nothing.
 */
@Component
class ComplaintPages implements RequestRules, PortalLinks {

    @Override
    public void authorize(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers("/lapor", "/lapor/**", "/lacak", "/lacak/**", "/laporan",
                        "/api/v1/complaints", "/api/v1/complaints/**").permitAll()
                .requestMatchers("/laporan-saya").authenticated()
                .requestMatchers(HttpMethod.POST, "/petugas", "/petugas/**")
                .hasAnyRole("OFFICER", "AGENCY_ADMIN", "NATIONAL_ADMIN")
                .requestMatchers("/petugas", "/petugas/**").hasAnyRole("OFFICER", "AGENCY_ADMIN", "NATIONAL_ADMIN", "OVERSIGHT");
    }

    @Override
    public List<PortalLink> links() {
        return List.of(
                PortalLink.main(20, "/lapor", "nav.report", Set.of()),
                PortalLink.main(30, "/lacak", "nav.track", Set.of()),
                PortalLink.main(40, "/laporan", "nav.list", Set.of()),
                PortalLink.account(30, "/laporan-saya", "nav.mine", Set.of("CITIZEN")),
                PortalLink.account(40, "/petugas", "nav.inbox", PortalLink.STAFF),
                PortalLink.account(50, "/petugas/templat", "nav.templates",
                        Set.of("OFFICER", "AGENCY_ADMIN", "NATIONAL_ADMIN")));
    }
}
