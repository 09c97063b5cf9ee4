package id.sp4n.portal.system.web;

import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import id.sp4n.portal.shared.PublicPage;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Decides whether an anonymous visitor's copy of a {@link PublicPage} may be kept: by the portal itself
 * ({@link AnonymousPageCache}, told through a request attribute) and, unless the page says otherwise, by the browser or
 * a proxy in front of several instances, instead of Spring Security's {@code no-store} for everything. Set before the
 * view renders, so the security headers (written when the response commits) leave it alone. Varies by cookie: the
 * language cookie and a session change the page.
 */
@Configuration(proxyBeanMethods = false)
class PublicPageCaching implements HandlerInterceptor, WebMvcConfigurer {

    /** Request attribute: present when this response is the same for every anonymous visitor making this request. */
    static final String KEEPABLE = PublicPageCaching.class.getName() + ".keepable";

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
        PublicPage page = handler instanceof HandlerMethod method
                ? AnnotatedElementUtils.findMergedAnnotation(method.getMethod(), PublicPage.class) : null;
        if (page == null && handler instanceof HandlerMethod method) {
            page = AnnotatedElementUtils.findMergedAnnotation(method.getBeanType(), PublicPage.class);
        }
        if (page != null && ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))
                && response.getStatus() == HttpServletResponse.SC_OK && request.getUserPrincipal() == null
                && request.getSession(false) == null && response.getHeaders(HttpHeaders.SET_COOKIE).isEmpty()) {
            request.setAttribute(KEEPABLE, Boolean.TRUE);
            if (page.browsers()) {
                response.setHeader(HttpHeaders.CACHE_CONTROL, cacheControl);
                response.addHeader(HttpHeaders.VARY, HttpHeaders.COOKIE);
            }
        }
    }
}
