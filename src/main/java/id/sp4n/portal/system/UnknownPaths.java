package id.sp4n.portal.system;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.ApplicationContext;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.stereotype.Component;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * A mistyped address is a 404, not a sign-in page: the security rules deny every path no module names, and a denied
 * request for a path that no controller or resource handles is answered "not found" (to guests and signed-in people
 * alike) instead of a redirect to the sign-in page or a 403. A path that exists keeps its sign-in redirect or 403.
 */
@Component
class UnknownPaths {

    private final ApplicationContext context;
    private volatile List<HandlerMapping> mappings;

    UnknownPaths(ApplicationContext context) {
        this.context = context;
    }

    AuthenticationEntryPoint entryPoint(String loginPage) {
        LoginUrlAuthenticationEntryPoint signIn = new LoginUrlAuthenticationEntryPoint(loginPage);
        return (request, response, exception) -> {
            if (!notFound(request, response)) {
                signIn.commence(request, response, exception);
            }
        };
    }

    AccessDeniedHandler accessDeniedHandler() {
        AccessDeniedHandler forbidden = new AccessDeniedHandlerImpl();
        return (request, response, exception) -> {
            if (!notFound(request, response)) {
                forbidden.handle(request, response, exception);
            }
        };
    }

    private boolean notFound(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (handled(request)) {
            return false;
        }
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
        return true;
    }

    /** Whether any handler mapping of the dispatcher takes the path (with any method: a wrong method still exists). */
    boolean handled(HttpServletRequest request) {
        Object previousPath = request.getAttribute(ServletRequestPathUtils.PATH_ATTRIBUTE);
        ServletRequestPathUtils.parseAndCache(request);
        try {
            for (HandlerMapping mapping : mappings()) {
                try {
                    if (mapping.getHandler(request) != null) {
                        return true;
                    }
                } catch (HttpRequestMethodNotSupportedException wrongMethod) {
                    return true;
                } catch (Exception unclear) {
                    // Anything else we cannot judge: treat the path as existing and let security answer as usual.
                    return true;
                }
            }
            return false;
        } finally {
            if (previousPath == null) {
                request.removeAttribute(ServletRequestPathUtils.PATH_ATTRIBUTE);
            }
        }
    }

    private List<HandlerMapping> mappings() {
        List<HandlerMapping> found = mappings;
        if (found == null) {
            // Looked up on first use: the dispatcher's mappings exist only once the context is complete.
            found = context.getBeansOfType(HandlerMapping.class).values().stream().toList();
            mappings = found;
        }
        return found;
    }
}
