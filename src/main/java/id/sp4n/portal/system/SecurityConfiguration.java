package id.sp4n.portal.system;

import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Who may open what. Public pages and the open-data API need no account; everything else needs one.
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

    @Bean
    SecurityFilterChain portalSecurity(HttpSecurity http) throws Exception {
        http
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/", "/instansi", "/instansi/**", "/api/v1/**", LOGIN_PAGE, "/error",
                                "/lapor", "/lapor/**", "/lacak", "/lacak/**", "/laporan", "/daftar", "/daftar/**",
                                "/undangan",
                                "/dev/mail", "/webjars/**", "/assets/**", "/favicon.ico",
                                "/actuator/health", "/actuator/health/**").permitAll()
                        // Responsibility rules are the national admin's; every staff member may use the simulator.
                        .requestMatchers(HttpMethod.POST, "/admin/aturan", "/admin/aturan/**").hasRole("NATIONAL_ADMIN")
                        .requestMatchers("/admin/audit").hasAnyRole("NATIONAL_ADMIN", "OVERSIGHT")
                        // National holidays and collective leave move every clock in the country.
                        .requestMatchers("/admin/libur-nasional", "/admin/libur-nasional.csv", "/admin/libur-nasional/**")
                        .hasRole("NATIONAL_ADMIN")
                        .requestMatchers(HttpMethod.POST, "/admin/libur", "/admin/libur/**")
                        .hasAnyRole("AGENCY_ADMIN", "NATIONAL_ADMIN")
                        .requestMatchers(HttpMethod.POST, "/admin/kategori").hasRole("NATIONAL_ADMIN")
                        .requestMatchers("/admin/petugas", "/admin/petugas/**").hasAnyRole("AGENCY_ADMIN", "NATIONAL_ADMIN")
                        .requestMatchers("/admin/instansi/**").hasAnyRole("AGENCY_ADMIN", "NATIONAL_ADMIN")
                        .requestMatchers("/admin/**")
                        .hasAnyRole("OFFICER", "AGENCY_ADMIN", "NATIONAL_ADMIN", "OVERSIGHT")
                        // Oversight reads every inbox and case but changes nothing.
                        .requestMatchers(HttpMethod.POST, "/petugas/**")
                        .hasAnyRole("OFFICER", "AGENCY_ADMIN", "NATIONAL_ADMIN")
                        .requestMatchers("/petugas", "/petugas/**")
                        .hasAnyRole("OFFICER", "AGENCY_ADMIN", "NATIONAL_ADMIN", "OVERSIGHT")
                        .anyRequest().authenticated())
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
                                .policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        // bcrypt by default; the {id} prefix lets us move to argon2 later without locking anyone out.
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
