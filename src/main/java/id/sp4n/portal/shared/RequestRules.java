package id.sp4n.portal.shared;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * A module's own request-authorization rules, for the paths it serves. The portal's security configuration
 * collects every module's rules, so that a new module adds its rules without editing the frame. Rules of different
 * modules must not overlap; anything no rule names needs a signed-in account.
 */
public interface RequestRules {

    void authorize(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests);
}
