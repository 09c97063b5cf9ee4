package id.sp4n.portal.system;

import java.util.List;

import id.sp4n.portal.shared.RequestRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;

/**
 * Who may open what: the frame's own public paths, then the {@link RequestRules} every module contributes for its
 * pages, then administration for staff; everything else needs an account.
 * CSRF protection is on, with the token in a cookie so that anonymous visitors need no server session
 * (the app stays stateless behind a load balancer; signed-in sessions live in the database).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final String LOGIN_PAGE = "/masuk";
    static final String LOGOUT_URL = "/keluar";

    private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; "
            + "style-src 'self'; script-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'none'";

    private static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
            + "interest-cohort=()";

    @Bean
    SecurityFilterChain portalSecurity(HttpSecurity http, List<RequestRules> moduleRules, UnknownPaths unknownPaths)
            throws Exception {
        http
                .authorizeHttpRequests(requests -> {
                    requests.requestMatchers("/", LOGIN_PAGE, "/error", "/webjars/**", "/assets/**", "/favicon.ico",
                            "/actuator/health", "/actuator/health/**").permitAll();
                    // Each module's own pages and who may open them; they name disjoint paths.
                    moduleRules.forEach(rules -> rules.authorize(requests));
                    // The administration index, and administration pages no module rule is stricter about.
                    requests.requestMatchers("/admin", "/admin/**")
                            .hasAnyRole("OFFICER", "AGENCY_ADMIN", "NATIONAL_ADMIN", "OVERSIGHT")
                            // Deny by default: a path no module names is refused, even to a signed-in person.
                            .anyRequest().denyAll();
                })
                // A denied path that nothing handles is a 404, not a sign-in page (a mistyped address).
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(unknownPaths.entryPoint(LOGIN_PAGE))
                        .accessDeniedHandler(unknownPaths.accessDeniedHandler()))
                .formLogin(form -> form
                        .loginPage(LOGIN_PAGE)
                        .usernameParameter("email")
                        .defaultSuccessUrl("/", false)
                        .failureUrl(LOGIN_PAGE + "?error"))
                .logout(logout -> logout
                        .logoutUrl(LOGOUT_URL)
                        .logoutSuccessUrl("/?keluar"))
                // The JSON API uses no cookies for authentication, so CSRF does not apply to it.
                .csrf(csrf -> csrf.csrfTokenRepository(new CookieCsrfTokenRepository())
                        .ignoringRequestMatchers("/api/**"))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer
                                .policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                        // No page needs the camera, microphone, location, payment or USB; say so to the browser.
                        .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", PERMISSIONS_POLICY))
                        // HSTS is written on HTTPS requests only (behind a TLS proxy: see server.forward-headers-strategy).
                        .httpStrictTransportSecurity(hsts -> hsts.maxAgeInSeconds(31_536_000).includeSubDomains(true)));
        return http.build();
    }
}
