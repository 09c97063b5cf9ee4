package id.sp4n.portal.shared;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A page that is the same for every anonymous visitor (no form, no personal data): browsers and proxies may keep it
 * for {@code portal.pages.public-max-age} (one minute). The frame says so only when the visitor is anonymous, has no
 * session and the response sets no cookie; every other response stays {@code no-store}.
 */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface PublicPage {
}
