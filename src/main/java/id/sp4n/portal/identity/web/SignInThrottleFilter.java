package id.sp4n.portal.identity.web;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

import id.sp4n.portal.identity.SignInThrottle;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a sign-in attempt while its account or client address must wait (see {@link SignInThrottle}), before the
 * password is even checked — so the right password does not work during the wait either. The person is sent back to
 * the sign-in page, which says how many minutes to wait. Runs ahead of Spring Security, so the frame needs no change.
 */
@Configuration(proxyBeanMethods = false)
class SignInThrottleFilter {

    static final String SIGN_IN = "/masuk";

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> signInThrottleRegistration(SignInThrottle throttle) {
        var registration = new FilterRegistrationBean<OncePerRequestFilter>(new OncePerRequestFilter() {
            @Override
            protected boolean shouldNotFilter(HttpServletRequest request) {
                return !("POST".equals(request.getMethod())
                        && (request.getContextPath() + SIGN_IN).equals(request.getRequestURI()));
            }

            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                Optional<Duration> wait = throttle.waitBefore(request.getParameter("email"), request.getRemoteAddr());
                if (wait.isPresent()) {
                    long minutes = Math.max(1, (wait.get().toSeconds() + 59) / 60);
                    response.sendRedirect(request.getContextPath() + SIGN_IN + "?terkunci=" + minutes);
                    return;
                }
                chain.doFilter(request, response);
            }
        });
        // Before Spring Security's chain (order -100), after the session and forwarded-header filters.
        registration.setOrder(-110);
        return registration;
    }
}
