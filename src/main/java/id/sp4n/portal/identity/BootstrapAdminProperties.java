package id.sp4n.portal.identity;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The first national admin of a production database: set {@code portal.bootstrap.admin-email} and
 * {@code portal.bootstrap.admin-password} (or PORTAL_BOOTSTRAP_ADMIN_EMAIL / _PASSWORD) for one start.
 */
@ConfigurationProperties("portal.bootstrap")
public record BootstrapAdminProperties(String adminEmail, String adminPassword) {
}
