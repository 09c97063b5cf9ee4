package id.sp4n.portal.system.web;

import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import id.sp4n.portal.shared.PublicPage;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Lets anonymous visitors' copies of {@link PublicPage}s be cached (by the browser, or a proxy in front of several
 * instances) instead of Spring Security's {@code no-store} for everything. Set before the view renders, so the
 * security headers (written when the response commits) leave it alone. Varies by cookie: the language cookie and a
 * session change the page.
 */
@Configuration(proxyBeanMethods = false)
class PublicPageCaching implements HandlerInterceptor, WebMvcConfigurer {

    private final String cacheControl;

    PublicPageCaching(@Value("${portal.pages.public-max-age:PT1M}") Duration maxAge) {
        this.cacheControl = "public, max-age=" + maxAge.toSeconds();
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
                           ModelAndView modelAndView) {
        if (isPublicPage(handler) && ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))
                && response.getStatus() == HttpServletResponse.SC_OK && request.getUserPrincipal() == null
                && request.getSession(false) == null && response.getHeaders(HttpHeaders.SET_COOKIE).isEmpty()) {
            response.setHeader(HttpHeaders.CACHE_CONTROL, cacheControl);
            response.addHeader(HttpHeaders.VARY, HttpHeaders.COOKIE);
        }
    }

    private static boolean isPublicPage(Object handler) {
        return handler instanceof HandlerMethod method && (method.hasMethodAnnotation(PublicPage.class)
                || method.getBeanType().isAnnotationPresent(PublicPage.class));
    }
}
