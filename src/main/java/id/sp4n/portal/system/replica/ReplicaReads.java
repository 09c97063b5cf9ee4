package id.sp4n.portal.system.replica;

import java.io.IOException;
import java.time.Duration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import id.sp4n.portal.shared.ReadsFromReplica;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.AsyncHandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Read-your-writes without sessions: every request that may write (any method but GET, HEAD, OPTIONS) answers with a
 * cookie that lives one second longer than the replica may lag; while the browser sends it back, the visitor reads
 * the primary. Once it expires, the commit it marked is more than the maximum lag ago, and a replica that is at most
 * that far behind holds it. Other visitors' requests to {@link ReadsFromReplica} handlers may read the replica.
 */
final class RecentWrites extends OncePerRequestFilter implements AsyncHandlerInterceptor, WebMvcConfigurer, Ordered {

    static final String COOKIE = "sp4n-baru-menulis";

    private final String cookie;

    RecentWrites(Duration maxLag) {
        long seconds = maxLag.toSeconds() + (maxLag.toNanosPart() > 0 ? 1 : 0) + 1;
        this.cookie = ResponseCookie.from(COOKIE, "1").path("/").maxAge(seconds).httpOnly(true).sameSite("Lax")
                .build().toString();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!isSafe(request.getMethod())) {
            // Set before the work: the browser counts the cookie's life from when it receives the answer, after the commit.
            response.addHeader(HttpHeaders.SET_COOKIE, cookie);
        }
        chain.doFilter(request, response);
    }

    /** Ahead of the security filters, so a sign-in or sign-out (answered there) is marked too. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 10;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (handler instanceof HandlerMethod method && isSafe(request.getMethod()) && readsFromReplica(method)
                && !wroteRecently(request)) {
            ReadRouting.allowReplica();
        }
        return true;
    }

    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
                                Exception failure) {
        ReadRouting.endRequest();
    }

    /** An asynchronous handler goes on on another thread: this one must not keep the permission for its next request. */
    @Override
    public void afterConcurrentHandlingStarted(HttpServletRequest request, HttpServletResponse response,
                                               Object handler) {
        ReadRouting.endRequest();
    }

    private static boolean readsFromReplica(HandlerMethod method) {
        return method.hasMethodAnnotation(ReadsFromReplica.class)
                || method.getBeanType().isAnnotationPresent(ReadsFromReplica.class);
    }

    private static boolean wroteRecently(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie each : cookies) {
                if (COOKIE.equals(each.getName())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isSafe(String method) {
        return "GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method);
    }
}
