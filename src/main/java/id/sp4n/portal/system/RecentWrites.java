package id.sp4n.portal.system;

import java.io.IOException;
import java.time.Duration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Read-your-writes without sessions: every request that may write (any method but GET, HEAD, OPTIONS) answers with a
 * cookie that lives one second longer than any copy of a page may be old — a replica's lag
 * ({@code portal.replica.max-lag}) or a kept public page ({@code portal.pages.server-cache-ttl}). While the browser sends
 * it back, the visitor reads the primary and gets freshly rendered pages (see {@link #wroteRecently}); once it expires,
 * whatever they changed is in every copy they can get.
 */
@Component
public final class RecentWrites extends OncePerRequestFilter implements Ordered {

    static final String COOKIE = "sp4n-baru-menulis";

    private final String cookie;

    RecentWrites(@Value("${portal.replica.max-lag:PT5S}") Duration replicaLag,
                 @Value("${portal.pages.server-cache-ttl:PT5S}") Duration keptPages) {
        Duration longest = replicaLag.compareTo(keptPages) > 0 ? replicaLag : keptPages;
        long seconds = longest.toSeconds() + (longest.toNanosPart() > 0 ? 1 : 0) + 1;
        this.cookie = ResponseCookie.from(COOKIE, "1").path("/").maxAge(seconds).httpOnly(true).sameSite("Lax")
                .build().toString();
    }

    /** Whether this visitor changed something a moment ago, so every read must be fresh. */
    public static boolean wroteRecently(HttpServletRequest request) {
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

    public static boolean isSafe(String method) {
        return "GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method);
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
}
