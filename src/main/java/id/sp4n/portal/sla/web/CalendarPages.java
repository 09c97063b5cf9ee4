package id.sp4n.portal.sla.web;

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
 * National holidays and collective leave move every clock in the country: the national admin's. Regional holidays
 * are added by agency admins (for their subtree) and the national admin; every staff member may read them.
 */
@Component
class CalendarPages implements RequestRules, PortalLinks {

    @Override
    public void authorize(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers("/admin/libur-nasional", "/admin/libur-nasional.csv", "/admin/libur-nasional/**")
                .hasRole("NATIONAL_ADMIN")
                .requestMatchers(HttpMethod.POST, "/admin/libur", "/admin/libur/**")
                .hasAnyRole("AGENCY_ADMIN", "NATIONAL_ADMIN");
    }

    @Override
    public List<PortalLink> links() {
        return List.of(
                PortalLink.administration(60, "/admin/libur", "holidays.title", "admin.tool.holidays", PortalLink.STAFF),
                PortalLink.administration(70, "/admin/libur-nasional", "nationalHolidays.tool",
                        "admin.tool.nationalHolidays", Set.of("NATIONAL_ADMIN")));
    }
}
