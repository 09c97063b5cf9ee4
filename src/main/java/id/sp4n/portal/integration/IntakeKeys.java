package id.sp4n.portal.integration;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.stereotype.Component;

/**
 * Makes a connected system's creates idempotent without a second write: the complaint's form key (its private
 * link's secret, unique in the complaint table) is derived from what identifies the request — its
 * {@code Idempotency-Key}, or the system's own id of the complaint — with the system's secret. A retry derives the
 * same key, and the intake finds the complaint the first try made, atomically, even when both arrive at once.
 */
@Component
public class IntakeKeys {

    private final ConnectedSystems systems;
    /** A system's secret never changes, so each instance reads it once (not on every create). */
    private final Map<Long, byte[]> secrets = new ConcurrentHashMap<>();

    IntakeKeys(ConnectedSystems systems) {
        this.systems = systems;
    }

    /** {@code kind}: what {@code value} is ("idempotency" or "external"), so the two never collide. */
    public String derive(KeyHolder holder, String kind, String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            byte[] secret = secrets.computeIfAbsent(holder.systemId(),
                    id -> HexFormat.of().parseHex(systems.intakeSecret(id)));
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            byte[] digest = mac.doFinal((kind + ":" + value).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
