package id.sp4n.portal.shared;

import java.util.Arrays;

/**
 * An exception whose explanation for people is a message key plus arguments, resolved in the reader's
 * language by the error handlers (never a hard-coded sentence).
 */
public abstract class LocalizedException extends RuntimeException {

    private final String messageCode;
    private final Object[] arguments;

    protected LocalizedException(String messageCode, Object... arguments) {
        super(messageCode + " " + Arrays.toString(arguments));
        this.messageCode = messageCode;
        this.arguments = arguments.clone();
    }

    public String messageCode() {
        return messageCode;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
