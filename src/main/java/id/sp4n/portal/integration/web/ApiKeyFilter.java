package id.sp4n.portal.integration.web;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import id.sp4n.portal.integration.ApiCalls;
import id.sp4n.portal.integration.ConnectedSystems;
import id.sp4n.portal.integration.KeyHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.preauth.PreAuthenticatedAuthenticationToken;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Finds the connected system behind the call's key — the {@code X-API-Key} header, {@code Authorization: Bearer},
 * or Open311's {@code api_key} parameter — spends one call of its budget and records the call with its answer's
 * status. A call without a key goes on anonymously (public Open311 reads); a key that is wrong, revoked or expired
 * is refused (401) rather than treated as no key, so a misconfigured system notices at once.
 */
class ApiKeyFilter extends OncePerRequestFilter {

    static final String READ = "INTEGRATION_READ";
    static final String WRITE = "INTEGRATION_WRITE";

    private final ConnectedSystems systems;
    private final CallBudget budget;
    private final ApiCalls calls;
    private final IntegrationRefusals refusals;

    ApiKeyFilter(ConnectedSystems systems, CallBudget budget, ApiCalls calls, IntegrationRefusals refusals) {
        this.systems = systems;
        this.budget = budget;
        this.calls = calls;
        this.refusals = refusals;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String presented = presented(request);
        if (presented == null) {
            chain.doFilter(request, response);
            return;
        }
        Optional<KeyHolder> found = systems.authenticate(presented);
        if (found.isEmpty()) {
            refusals.write(request, response, HttpStatus.UNAUTHORIZED, "integration.api.badKey");
            return;
        }
        KeyHolder holder = found.get();
        try {
            Optional<Duration> wait = budget.spend(holder);
            if (wait.isPresent()) {
                long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
                response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
                refusals.write(request, response, HttpStatus.TOO_MANY_REQUESTS, "integration.api.tooMany",
                        holder.callsPerMinute(), seconds);
                return;
            }
            List<SimpleGrantedAuthority> authorities = holder.mayWrite()
                    ? List.of(new SimpleGrantedAuthority(READ), new SimpleGrantedAuthority(WRITE))
                    : List.of(new SimpleGrantedAuthority(READ));
            SecurityContextHolder.getContext().setAuthentication(
                    new PreAuthenticatedAuthenticationToken(holder, null, authorities));
            chain.doFilter(request, response);
        } finally {
            calls.record(holder, request.getMethod(), request.getRequestURI(), response.getStatus());
        }
    }

    private static String presented(HttpServletRequest request) {
        String header = request.getHeader("X-API-Key");
        if (header != null && !header.isBlank()) {
            return header;
        }
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return authorization.substring(7);
        }
        String parameter = request.getParameter("api_key");
        return parameter == null || parameter.isBlank() ? null : parameter;
    }
}
