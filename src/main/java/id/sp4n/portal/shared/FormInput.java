package id.sp4n.portal.shared;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** What every form field needs checked the same way, with the person's message when it is wrong. */
public final class FormInput {

    private FormInput() {
    }

    /** Required text, stripped; blank gives {@code requiredCode}, longer than {@code max} gives "too long". */
    public static String requiredText(String value, int max, String requiredCode) {
        if (value == null || value.isBlank()) {
            throw new InvalidRequestException(requiredCode);
        }
        String clean = value.strip();
        if (clean.length() > max) {
            throw new InvalidRequestException("casework.text.tooLong", max);
        }
        return clean;
    }

    /** An ISO date (YYYY-MM-DD), or null when left blank; anything else gives {@code errorCode}. */
    public static LocalDate optionalDate(String value, String errorCode, Object... arguments) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException(errorCode, arguments);
        }
    }

    /** The constant of an enum a parameter names, ignoring case; otherwise the message, with what was typed. */
    public static <E extends Enum<E>> E choice(Class<E> type, String given, String message) {
        for (E value : type.getEnumConstants()) {
            if (given != null && value.name().equalsIgnoreCase(given.strip())) {
                return value;
            }
        }
        throw new InvalidRequestException(message, shortened(given == null ? "" : given));
    }

    /** What someone typed, cut to fit a message (40 characters and an ellipsis); nothing typed: empty. */
    public static String shortened(String given) {
        if (given == null) {
            return "";
        }
        return given.length() > 40 ? given.substring(0, 40) + "…" : given;
    }
}
