package id.sp4n.portal.system.web;

import java.io.IOException;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Input no page can use is refused at the door with a 400 and a message, before any module sees it: a NUL or another
 * control character (other than tab and line breaks) in the address, a parameter or a form field, and a request body
 * that cannot be read as the form it claims to be (multipart without a boundary). A session cookie that is not one
 * the portal could have issued is dropped, so the request continues as one without a session instead of failing.
 */
@Configuration(proxyBeanMethods = false)
class RequestHygiene {

    /** Request attribute naming the message key that explains a refusal on the error page. */
    static final String EXPLANATION = RequestHygiene.class.getName() + ".explanation";
    /** Spring Session's cookie: whoever sends it may be signed in. */
    static final String SESSION_COOKIE = "SESSION";

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> requestHygieneFilter() {
        var registration = new FilterRegistrationBean<OncePerRequestFilter>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                String problem = problemOf(request);
                if (problem != null) {
                    request.setAttribute(EXPLANATION, problem);
                    response.sendError(problem.startsWith("error.413") ? HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE
                            : HttpServletResponse.SC_BAD_REQUEST);
                    return;
                }
                chain.doFilter(withoutForgedSessionCookie(request), response);
            }
        });
        // First of all filters: the session filter would otherwise choke on a forged session cookie.
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    private static String problemOf(HttpServletRequest request) {
        if (hasControlCharacter(request.getRequestURI()) || hasControlCharacter(decoded(request.getQueryString()))) {
            return "error.400.control";
        }
        Map<String, String[]> parameters;
        try {
            parameters = request.getParameterMap();
        } catch (RuntimeException unreadable) {
            // Tomcat refuses a multipart body without a boundary, a truncated one or one over the size limits only
            // when it is read.
            return tooLarge(unreadable) ? "error.413.text" : "error.400.body";
        }
        for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
            if (hasControlCharacter(parameter.getKey())
                    || Arrays.stream(parameter.getValue()).anyMatch(RequestHygiene::hasControlCharacter)) {
                return "error.400.control";
            }
        }
        return null;
    }

    private static boolean tooLarge(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause.getClass().getSimpleName().contains("SizeLimitExceeded")
                    || cause.getClass().getSimpleName().equals("SizeException")) {
                return true;
            }
        }
        return false;
    }

    static boolean hasControlCharacter(String text) {
        if (text == null) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f || c == '\uFFFE' || c == '\uFFFF') {
                return true;
            }
        }
        return false;
    }

    private static String decoded(String query) {
        if (query == null) {
            return null;
        }
        try {
            return java.net.URLDecoder.decode(query, java.nio.charset.StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return "\u0000";
        }
    }

    private static HttpServletRequest withoutForgedSessionCookie(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null || Arrays.stream(cookies).allMatch(RequestHygiene::plausible)) {
            return request;
        }
        Cookie[] kept = Arrays.stream(cookies).filter(RequestHygiene::plausible).toArray(Cookie[]::new);
        return new HttpServletRequestWrapper(request) {
            @Override
            public Cookie[] getCookies() {
                return kept;
            }
        };
    }

    /** The session cookie Spring Session writes is the Base64 of a UUID; anything else was not issued here. */
    private static boolean plausible(Cookie cookie) {
        if (!SESSION_COOKIE.equals(cookie.getName())) {
            return true;
        }
        try {
            String id = new String(Base64.getDecoder().decode(cookie.getValue()), java.nio.charset.StandardCharsets.UTF_8);
            return id.matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
    }
}
