package id.sp4n.portal.evaluation.web;

import java.util.List;
import java.util.Set;

import id.sp4n.portal.shared.PortalLink;
import id.sp4n.portal.shared.PortalLinks;
import id.sp4n.portal.shared.RequestRules;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * The rankings and their method are public; the method is edited by the national admin; grades are for staff (who sees
 * which: GradeController).
 */
@Component
class EvaluationPages implements RequestRules, PortalLinks {

    @Override
    public void authorize(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers("/peringkat", "/peringkat/**").permitAll()
                .requestMatchers("/admin/peringkat/**").hasRole("NATIONAL_ADMIN")
                .requestMatchers("/admin/predikat", "/admin/predikat/**")
                .hasAnyRole("OFFICER", "AGENCY_ADMIN", "NATIONAL_ADMIN", "OVERSIGHT");
    }

    @Override
    public List<PortalLink> links() {
        return List.of(PortalLink.main(65, "/peringkat", "nav.ranking", Set.of()),
                PortalLink.administration(76, "/admin/peringkat/metode", "ranking.admin.title", "admin.tool.ranking",
                        Set.of("NATIONAL_ADMIN")),
                PortalLink.administration(77, "/admin/predikat", "grades.title", "admin.tool.grades",
                        Set.of("AGENCY_ADMIN", "NATIONAL_ADMIN", "OVERSIGHT")));
    }
}
