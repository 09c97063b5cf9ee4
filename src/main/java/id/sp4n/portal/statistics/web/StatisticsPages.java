package id.sp4n.portal.statistics.web;

import java.util.List;
import java.util.Set;

import id.sp4n.portal.shared.PortalLink;
import id.sp4n.portal.shared.PortalLinks;
import id.sp4n.portal.shared.RequestRules;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * The public statistics pages, their method page, exports and open-data API are open to everyone; the staff
 * dashboard to staff (what each sees: StaffStatisticsController).
 */
@Component
class StatisticsPages implements RequestRules, PortalLinks {

    @Override
    public void authorize(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers("/statistik", "/statistik/**", "/api/v1/statistics", "/api/v1/statistics/**").permitAll()
                .requestMatchers("/admin/statistik", "/admin/statistik/laporan").hasAnyRole("OFFICER", "AGENCY_ADMIN", "NATIONAL_ADMIN", "OVERSIGHT");
    }

    @Override
    public List<PortalLink> links() {
        return List.of(PortalLink.main(60, "/statistik", "nav.statistics", Set.of()),
                PortalLink.administration(75, "/admin/statistik", "statistics.staff.title", "admin.tool.statistics",
                        Set.of("OFFICER", "AGENCY_ADMIN", "NATIONAL_ADMIN", "OVERSIGHT")));
    }
}
