package id.sp4n.portal.system.web;

import java.io.IOException;
import java.net.URI;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Redirects (the sign-in page among them) and the private tracking link are built from the host the request names.
 * So that no one can make the portal write their host into them (a private link handed to a stranger, a poisoned
 * cache), only the host of {@code portal.public-url}, the hosts in {@code portal.allowed-hosts} and the loopback
 * names are answered; any other {@code Host} (or {@code X-Forwarded-Host} from a trusted proxy) gets a 400.
 */
@Configuration(proxyBeanMethods = false)
class AllowedHosts {

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> allowedHostsFilter(@Value("${portal.public-url:}") String publicUrl,
                                                                    @Value("${portal.allowed-hosts:}") List<String> extra) {
        Set<String> allowed = new HashSet<>(Set.of("localhost", "127.0.0.1", "[::1]", "::1"));
        if (!publicUrl.isBlank()) {
            allowed.add(URI.create(publicUrl.strip()).getHost().toLowerCase(Locale.ROOT));
        }
        extra.stream().map(String::strip).filter(host -> !host.isEmpty()).map(host -> host.toLowerCase(Locale.ROOT))
                .forEach(allowed::add);
        var registration = new FilterRegistrationBean<OncePerRequestFilter>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                if (!allowed.contains(request.getServerName().toLowerCase(Locale.ROOT))) {
                    request.setAttribute(RequestHygiene.EXPLANATION, "error.400.host");
                    response.sendError(HttpServletResponse.SC_BAD_REQUEST);
                    return;
                }
                chain.doFilter(request, response);
            }
        });
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }
}
