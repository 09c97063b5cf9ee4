package id.sp4n.portal.complaint;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Intake settings. {@code submissionsPerHour} limits new complaints per client address and per account
 * (0 switches the limit off, e.g. for load tests).
 */
@ConfigurationProperties("portal.intake")
public record IntakeProperties(@DefaultValue("10") int submissionsPerHour) {
}
