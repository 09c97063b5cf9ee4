package id.sp4n.portal.system.replica;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import id.sp4n.portal.shared.ReadsFromReplica;
import id.sp4n.portal.system.RecentWrites;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.AsyncHandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Lets safe requests to {@link ReadsFromReplica} handlers read the replica, unless the visitor wrote a moment ago
 * ({@link RecentWrites}: read-your-writes).
 */
final class ReplicaReads implements AsyncHandlerInterceptor, WebMvcConfigurer {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (handler instanceof HandlerMethod method && RecentWrites.isSafe(request.getMethod())
                && readsFromReplica(method) && !RecentWrites.wroteRecently(request)) {
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
}
