package id.sp4n.portal.integration.web;

import id.sp4n.portal.integration.ApiCalls;
import id.sp4n.portal.integration.ConnectedSystems;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;

/**
 * The integration's own security, beside the portal's and before it: API keys instead of sign-in, no session, no
 * CSRF token (nothing here is authenticated by a cookie, so there is nothing for another site to forge). Public
 * Open311 reads need no key; filing and every connected-system call do (docs/0048).
 */
@Configuration(proxyBeanMethods = false)
class IntegrationSecurity {

    static final String OPEN311 = "/open311/**";
    static final String SYSTEM_API = "/api/v1/integration/**";
    static final String WEBHOOKS = "/api/v1/integration/webhooks";

    @Bean
    @Order(1)
    SecurityFilterChain apiKeyChain(HttpSecurity http, ConnectedSystems systems, CallBudget budget,
                                            ApiCalls calls, IntegrationRefusals refusals) throws Exception {
        http.securityMatcher(OPEN311, SYSTEM_API)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.GET, OPEN311).permitAll()
                        .requestMatchers(HttpMethod.POST, OPEN311).hasAuthority(ApiKeyFilter.WRITE)
                        .requestMatchers(HttpMethod.GET, SYSTEM_API).hasAuthority(ApiKeyFilter.READ)
                        // A read-only system receives webhooks too, so it may keep its own endpoints.
                        .requestMatchers(HttpMethod.POST, WEBHOOKS, WEBHOOKS + "/**").hasAuthority(ApiKeyFilter.READ)
                        .requestMatchers(HttpMethod.POST, SYSTEM_API).hasAuthority(ApiKeyFilter.WRITE)
                        .anyRequest().denyAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .formLogin(form -> form.disable())
                .httpBasic(basic -> basic.disable())
                .logout(logout -> logout.disable())
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint((request, response, e) -> refusals.write(request, response,
                                HttpStatus.UNAUTHORIZED, "integration.api.noKey"))
                        .accessDeniedHandler((request, response, e) -> refusals.write(request, response,
                                HttpStatus.FORBIDDEN, "integration.api.readOnly")))
                .addFilterBefore(new ApiKeyFilter(systems, budget, calls, refusals), AuthorizationFilter.class);
        return http.build();
    }
}
