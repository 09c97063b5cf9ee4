package id.sp4n.portal.complaint;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;

/**
 * The public number of a complaint: 11 random Crockford base-32 characters (55 bits, unguessable) and one
 * check character, shown as {@code XXXX-XXXX-XXXX}. Typing is forgiving: case, spaces and hyphens do not
 * matter, and O/I/L are read as 0/1/1. The check character catches every single mistyped character and every
 * swap of two neighbours (a Damm-style check over GF(32): {@code s = 2·s + d}, which Luhn mod 32 does not
 * achieve for the pair Z/0).
 */
public record TrackingNumber(String value) {

    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final int RANDOM_LENGTH = 11;
    private static final SecureRandom RANDOM = new SecureRandom();

    public TrackingNumber {
        if (!isValid(value)) {
            throw new IllegalArgumentException("Not a tracking number: " + value);
        }
    }

    public static TrackingNumber random() {
        StringBuilder digits = new StringBuilder(RANDOM_LENGTH + 1);
        // 11 digits of 5 bits from one 64-bit draw: one trip to the shared random source, not eleven.
        long bits = RANDOM.nextLong();
        for (int i = 0; i < RANDOM_LENGTH; i++, bits >>>= 5) {
            digits.append(ALPHABET.charAt((int) (bits & 31)));
        }
        digits.append(checkCharacter(digits));
        return new TrackingNumber(digits.toString());
    }

    /** Reads what a person typed; empty when it cannot be a tracking number. */
    public static Optional<TrackingNumber> parse(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String normalized = typed.toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "")
                .replace('O', '0').replace('I', '1').replace('L', '1');
        return isValid(normalized) ? Optional.of(new TrackingNumber(normalized)) : Optional.empty();
    }

    /** The grouped form for people: {@code 7KQ2-M9XH-3AB5}. */
    public String display() {
        return value.substring(0, 4) + "-" + value.substring(4, 8) + "-" + value.substring(8);
    }

    @Override
    public String toString() {
        return value;
    }

    private static boolean isValid(String candidate) {
        if (candidate == null || candidate.length() != RANDOM_LENGTH + 1) {
            return false;
        }
        for (int i = 0; i < candidate.length(); i++) {
            if (ALPHABET.indexOf(candidate.charAt(i)) < 0) {
                return false;
            }
        }
        return checkCharacter(candidate.substring(0, RANDOM_LENGTH)) == candidate.charAt(RANDOM_LENGTH);
    }

    /** The character c with 2·s + c = 0 in GF(32), s being the state after the data characters. */
    private static char checkCharacter(CharSequence digits) {
        int state = 0;
        for (int i = 0; i < digits.length(); i++) {
            state = timesTwo(state) ^ ALPHABET.indexOf(digits.charAt(i));
        }
        return ALPHABET.charAt(timesTwo(state));
    }

    /** Multiplication by x in GF(2^5) with the irreducible polynomial x^5 + x^2 + 1. */
    private static int timesTwo(int value) {
        int shifted = value << 1;
        return (shifted & 0x20) != 0 ? shifted ^ 0b100101 : shifted;
    }
}
