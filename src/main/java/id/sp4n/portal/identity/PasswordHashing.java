package id.sp4n.portal.identity;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * How account passwords are hashed. It lives with the accounts (not with the web security frame) so that the
 * identity module starts on its own, as module tests bootstrap it.
 */
@Configuration(proxyBeanMethods = false)
class PasswordHashing {

    @Bean
    PasswordEncoder passwordEncoder() {
        // bcrypt by default; the {id} prefix lets us move to argon2 later without locking anyone out.
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
