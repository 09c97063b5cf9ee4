package id.sp4n.portal.identity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * What a password must be: at least 8 characters, at most 128, not on the list of common passwords
 * ({@code data/common-passwords.txt}), and not the e-mail address itself. Returns the message key of the
 * first rule broken.
 */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 128;

    private final Set<String> common;

    PasswordPolicy() {
        try (var reader = new BufferedReader(new InputStreamReader(
                new ClassPathResource("data/common-passwords.txt").getInputStream(), StandardCharsets.UTF_8))) {
            common = reader.lines().map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Optional<String> problem(String password, String email) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of("account.error.passwordLength");
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of("account.error.passwordTooLong");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (common.contains(lower)) {
            return Optional.of("account.error.passwordCommon");
        }
        if (email != null && lower.equals(email.trim().toLowerCase(Locale.ROOT))) {
            return Optional.of("account.error.passwordIsEmail");
        }
        return Optional.empty();
    }
}
