package id.sp4n.portal.integration.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.OffsetDateTime;
import java.util.HexFormat;

import id.sp4n.portal.shared.FormInput;
import id.sp4n.portal.shared.InvalidRequestException;

/** Query parameters of the integration calls, read the same way by Open311 and the REST calls, with clear refusals. */
final class CallParameters {

    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    private CallParameters() {
    }

    /** A whole number from {@code min} to {@code max}; blank gives {@code fallback}. */
    static int number(String given, int min, int max, int fallback, String name) {
        if (given == null || given.isBlank()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(given.strip());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // answered below, with what was sent
        }
        throw new InvalidRequestException("open311.error.number", name, FormInput.shortened(given), min, max);
    }

    /** A W3C date-time (e.g. 2026-12-01T00:00:00+07:00); a bare date means its start in Western Indonesia. */
    static Instant dateTime(String given, String name) {
        if (given == null || given.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(given.strip()).toInstant();
        } catch (DateTimeParseException notWithTime) {
            try {
                return LocalDate.parse(given.strip()).atStartOfDay(WIB).toInstant();
            } catch (DateTimeParseException notADate) {
                throw new InvalidRequestException("open311.error.dateTime", name, FormInput.shortened(given));
            }
        }
    }

    /** SHA-256 of a request body, to tell a retry from a different request under the same name. */
    static String fingerprint(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String utf8(byte[] body) {
        return new String(body, StandardCharsets.UTF_8);
    }
}
