package id.sp4n.portal.shared;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A request parameter is out of range or unknown; the message says which one and what is allowed.
 */
@ResponseStatus(HttpStatus.BAD_REQUEST)
public class InvalidRequestException extends LocalizedException {

    public InvalidRequestException(String messageCode, Object... arguments) {
        super(messageCode, arguments);
    }
}
