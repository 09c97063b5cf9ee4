package id.sp4n.portal.leadership.web;

import id.sp4n.portal.shared.RequestRules;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * The heads' summaries are for staff: each head their own, the national admin and oversight any (who sees which:
 * LeadershipController). Heads reach them from the notice they are sent; no menu entry for everyone else.
 */
@Component
class LeadershipPages implements RequestRules {

    @Override
    public void authorize(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers("/pimpinan", "/pimpinan/**")
                .hasAnyRole("OFFICER", "AGENCY_ADMIN", "NATIONAL_ADMIN", "OVERSIGHT");
    }
}
