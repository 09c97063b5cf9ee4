package id.sp4n.portal.notification;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code sender}: the From address. (Links in mail come from {@link id.sp4n.portal.shared.PortalAddress}.)
 */
@ConfigurationProperties("portal.notification")
record NotificationProperties(@DefaultValue("SP4N <no-reply@sp4n.test>") String sender) {
}
