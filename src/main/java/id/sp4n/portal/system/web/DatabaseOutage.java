package id.sp4n.portal.system.web;

import java.io.IOException;
import java.net.ConnectException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import id.sp4n.portal.system.database.ConnectionLoss;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.MediaType;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.resource.ResourceUrlProvider;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import tools.jackson.databind.json.JsonMapper;

/**
 * While the database cannot be reached every request is answered at once with 503 and the portal's "temporarily
 * unavailable" page (or the API's JSON error), instead of hanging for a connection and ending in a 500. The first
 * request that finds the database gone opens a short window in which others are refused without trying; after it one
 * request tries again, so the portal is back as soon as the database is (docs/0026). The page is rendered here, not
 * by the error controller, because the error page's frame reads the session — from the database.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseOutage {

    static final Duration RETRY_AFTER = Duration.ofSeconds(5);
    private static final Duration REFUSE_WITHOUT_TRYING = Duration.ofSeconds(2);

    private final AtomicLong lastFailure = new AtomicLong(System.nanoTime() - REFUSE_WITHOUT_TRYING.toNanos() * 2);

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> databaseOutageFilter(ITemplateEngine templates, MessageSource messages,
                                                                       LocaleResolver locales, ResourceUrlProvider assets,
                                                                       JsonMapper json, DataSource database) {
        var registration = new FilterRegistrationBean<OncePerRequestFilter>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                if (recentlyFailed() && needsTheDatabase(request)) {
                    answer(request, response);
                    return;
                }
                try {
                    chain.doFilter(request, response);
                } catch (IOException | ServletException | RuntimeException failure) {
                    boolean primaryDown = unreachable(database);
                    if (response.isCommitted() || !(primaryDown || isConnectionFailure(failure))) {
                        throw failure;
                    }
                    // Only a primary that does not answer refuses the next requests; a lost replica connection
                    // fails just this one (the replica's readers go to the primary from now on, docs/0031).
                    if (primaryDown) {
                        lastFailure.set(System.nanoTime());
                    }
                    response.reset();
                    answer(request, response);
                }
            }

            private void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
                Locale locale = locales.resolveLocale(request);
                response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
                response.setHeader("Retry-After", Long.toString(RETRY_AFTER.toSeconds()));
                response.setHeader("Cache-Control", "no-store");
                response.setCharacterEncoding("UTF-8");
                String accept = request.getHeader("Accept");
                if (accept != null && accept.contains(MediaType.TEXT_HTML_VALUE)) {
                    response.setContentType(MediaType.TEXT_HTML_VALUE);
                    var context = new Context(locale, Map.of(
                            "bootstrapCss", assets.getForLookupPath("/webjars/bootstrap/css/bootstrap.min.css"),
                            "portalCss", assets.getForLookupPath("/assets/css/portal.css")));
                    templates.process("unavailable", context, response.getWriter());
                } else {
                    response.setContentType(MediaType.APPLICATION_JSON_VALUE);
                    response.getWriter().write(json.writeValueAsString(new ApiErrorHandler.ApiError(503,
                            "Service Unavailable", messages.getMessage("error.503.text", null, locale))));
                }
            }
        });
        // After RequestHygiene, AllowedHosts and the kept public pages (served without the database), before the
        // session filter, which already reads from the database.
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 3);
        return registration;
    }

    private boolean recentlyFailed() {
        return System.nanoTime() - lastFailure.get() < REFUSE_WITHOUT_TRYING.toNanos();
    }

    /** Stylesheets and scripts are served from the jar; health answers for itself (readiness reports the outage). */
    private static boolean needsTheDatabase(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !(path.startsWith("/assets/") || path.startsWith("/webjars/") || path.startsWith("/actuator/health"));
    }

    static boolean isConnectionFailure(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException || cause instanceof ConnectException
                    || cause instanceof CannotCreateTransactionException
                    || cause instanceof DataAccessResourceFailureException
                    || cause instanceof SQLException sql && ConnectionLoss.isConnectionLoss(sql)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A failure that names no connection problem (a rollback that failed on a connection the server had just closed
     * hides the original error) is still an outage when the database does not answer right now.
     */
    private static boolean unreachable(DataSource database) {
        try (Connection connection = database.getConnection()) {
            return !connection.isValid(1);
        } catch (SQLException e) {
            return true;
        }
    }
}
