package id.sp4n.portal.system.web;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import id.sp4n.portal.shared.PublicPage;
import id.sp4n.portal.system.RecentWrites;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.http.server.PathContainer;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.springframework.web.util.pattern.PathPattern;

/**
 * Answers anonymous visitors' requests for public pages from a copy rendered moments ago: the same request (address,
 * query, language) within {@code portal.pages.server-cache-ttl} (5 s; zero switches it off) gets the same bytes and
 * headers without security filters, session handling, database or template. Only what {@link PublicPageCaching}
 * marked keepable and what set no cookie is kept, so nothing personal and no form token can be in it. Visitors with a
 * session cookie, or who changed something a moment ago ({@link RecentWrites}), always get a fresh
 * page. Each instance keeps its own copies, at most {@code portal.pages.server-cache-size} of them. Why: a public page
 * costs 4–30 times the framework's floor to render, and the pages everyone reads are the same for everyone
 * (docs/0034).
 */
@Component
final class AnonymousPageCache extends OncePerRequestFilter implements Ordered {

    private static final String LANGUAGE_COOKIE = "sp4n-lang";

    private final Cache<String, KeptPage> pages;
    private final Clock clock;
    private final boolean enabled;
    private final ObjectProvider<RequestMappingHandlerMapping> handlers;
    /** The addresses of the public pages, from the handler mappings once they exist (the filter is made before them). */
    private volatile List<PathPattern> publicPages;

    AnonymousPageCache(@Value("${portal.pages.server-cache-ttl:PT5S}") Duration timeToLive,
                       @Value("${portal.pages.server-cache-size:8MB}") DataSize size, Clock clock,
                       @Qualifier("requestMappingHandlerMapping") ObjectProvider<RequestMappingHandlerMapping> handlers) {
        this.clock = clock;
        this.handlers = handlers;
        this.enabled = timeToLive.isPositive();
        this.pages = Caffeine.newBuilder()
                .expireAfterWrite(timeToLive)
                .maximumWeight(size.toBytes())
                .weigher((String key, KeptPage page) -> key.length() + page.body().length + 512)
                .ticker(() -> clock.millis() * 1_000_000)
                .build();
    }

    /** Right after the host check and before the outage page: kept public pages are served while the database is away. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 2;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = enabled ? keyOf(request) : null;
        if (key == null) {
            chain.doFilter(request, response);
            return;
        }
        KeptPage kept = pages.getIfPresent(key);
        if (kept != null) {
            kept.writeTo(response, clock.millis());
            return;
        }
        ContentCachingResponseWrapper rendering = new ContentCachingResponseWrapper(response);
        try {
            chain.doFilter(request, rendering);
            if (request.getAttribute(PublicPageCaching.KEEPABLE) != null
                    && rendering.getStatus() == HttpServletResponse.SC_OK
                    && rendering.getHeaders(HttpHeaders.SET_COOKIE).isEmpty()) {
                pages.put(key, KeptPage.of(rendering, clock.millis()));
            }
        } finally {
            rendering.copyBodyToResponse();
        }
    }

    /**
     * The request's identity for a kept page, or null if this visitor must get a fresh one or the address is not a
     * public page's (then nothing is buffered: downloads and exports stream as before).
     */
    private String keyOf(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod()) || request.getHeader(HttpHeaders.AUTHORIZATION) != null
                || RecentWrites.wroteRecently(request) || !isPublicPage(request)) {
            return null;
        }
        String language = "";
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie each : cookies) {
                if (RequestHygiene.SESSION_COOKIE.equals(each.getName())) {
                    return null;
                }
                if (LANGUAGE_COOKIE.equals(each.getName())) {
                    language = each.getValue();
                }
            }
        }
        String query = request.getQueryString();
        return request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort()
                + request.getRequestURI() + (query == null ? "" : "?" + query) + " " + language;
    }

    private boolean isPublicPage(HttpServletRequest request) {
        List<PathPattern> patterns = publicPages;
        if (patterns == null) {
            List<PathPattern> found = new ArrayList<>();
            handlers.getObject().getHandlerMethods().forEach((mapping, method) -> {
                if (AnnotatedElementUtils.hasAnnotation(method.getMethod(), PublicPage.class)
                        || AnnotatedElementUtils.hasAnnotation(method.getBeanType(), PublicPage.class)) {
                    found.addAll(mapping.getPathPatternsCondition().getPatterns());
                }
            });
            publicPages = patterns = List.copyOf(found);
        }
        PathContainer path = PathContainer.parsePath(request.getRequestURI());
        for (PathPattern pattern : patterns) {
            if (pattern.matches(path)) {
                return true;
            }
        }
        return false;
    }

    private record KeptPage(List<Map.Entry<String, String>> headers, String contentType, byte[] body, long keptAt) {

        static KeptPage of(ContentCachingResponseWrapper rendered, long now) {
            List<Map.Entry<String, String>> headers = new ArrayList<>();
            for (String name : rendered.getHeaderNames()) {
                if (!HttpHeaders.CONTENT_LENGTH.equalsIgnoreCase(name)
                        && !HttpHeaders.CONTENT_TYPE.equalsIgnoreCase(name)) {
                    for (String value : rendered.getHeaders(name)) {
                        headers.add(Map.entry(name, value));
                    }
                }
            }
            return new KeptPage(List.copyOf(headers), rendered.getContentType(), rendered.getContentAsByteArray(), now);
        }

        void writeTo(HttpServletResponse response, long now) throws IOException {
            for (Map.Entry<String, String> header : headers) {
                response.addHeader(header.getKey(), header.getValue());
            }
            // How old the copy is (RFC 9111, 5.1): a proxy in front adds it to its own keeping time.
            response.setHeader(HttpHeaders.AGE, Long.toString(Math.max(0, now - keptAt) / 1000));
            response.setContentType(contentType);
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
        }
    }
}
