package id.sp4n.portal.notification;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code publicUrl}: the portal's address as citizens reach it, for links in mail (no request to take it from).
 * {@code sender}: the From address.
 */
@ConfigurationProperties("portal.notification")
record NotificationProperties(@DefaultValue("http://localhost:8080") String publicUrl,
                              @DefaultValue("SP4N <no-reply@sp4n.test>") String sender) {
}
