package id.sp4n.portal.competition.web;

import java.util.List;
import java.util.Set;

import id.sp4n.portal.shared.PortalLink;
import id.sp4n.portal.shared.PortalLinks;
import id.sp4n.portal.shared.RequestRules;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Rounds and their winners are public; entering, evaluating and running a round are for agency admins, evaluators
 * (oversight accounts) and the national admin (who may do what: Competitions).
 */
@Component
class CompetitionPages implements RequestRules, PortalLinks {

    @Override
    public void authorize(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers("/kompetisi", "/kompetisi/**").permitAll()
                .requestMatchers("/admin/kompetisi", "/admin/kompetisi/**")
                .hasAnyRole("AGENCY_ADMIN", "NATIONAL_ADMIN", "OVERSIGHT");
    }

    @Override
    public List<PortalLink> links() {
        return List.of(PortalLink.administration(74, "/admin/kompetisi", "competition.admin.title",
                "admin.tool.competition", Set.of("AGENCY_ADMIN", "NATIONAL_ADMIN", "OVERSIGHT")));
    }
}
