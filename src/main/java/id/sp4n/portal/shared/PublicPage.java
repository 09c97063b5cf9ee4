package id.sp4n.portal.shared;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A page that is the same for every anonymous visitor (no form that needs a token, no personal data). For anonymous
 * visitors without a session whose response sets no cookie, the portal keeps the rendered copy for
 * {@code portal.pages.server-cache-ttl} (seconds) and answers the same request from it, and browsers and proxies may
 * keep it for {@code portal.pages.public-max-age} (one minute) unless {@link #browsers()} is false. Every other
 * response stays {@code no-store}.
 */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface PublicPage {

    /** False for pages that change with what people do (the public list): only the portal keeps them, for seconds. */
    boolean browsers() default true;
}
