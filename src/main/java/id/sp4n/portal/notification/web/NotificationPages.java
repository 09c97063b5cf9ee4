package id.sp4n.portal.notification.web;

import id.sp4n.portal.shared.RequestRules;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * The development mailbox holds private links and invitations: national admin only (and it exists only when switched
 * on, see DevMailController); the notification centre needs an account.
 */
@Component
class NotificationPages implements RequestRules {

    @Override
    public void authorize(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers("/dev/mail").hasRole("NATIONAL_ADMIN")
                .requestMatchers("/notifikasi", "/notifikasi/**").authenticated();
    }
}
