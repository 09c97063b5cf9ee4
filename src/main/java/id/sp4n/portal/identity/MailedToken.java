package id.sp4n.portal.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The secret in a mailed link (e-mail confirmation, staff invitation): random, URL-safe, and stored only as its
 * SHA-256 hash, so a copy of the database opens no account.
 */
final class MailedToken {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** Longer input is not a token of ours; checked before hashing. */
    static final int MAX_LENGTH = 100;

    private MailedToken() {
    }

    static String generate() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
