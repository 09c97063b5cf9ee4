package id.sp4n.portal.shared;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A record a person asked for by its public key does not exist (or must look as if it does not).
 * Pages render the 404 page; the JSON API answers a 404 error object.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class RecordNotFoundException extends LocalizedException {

    public RecordNotFoundException(String messageCode, Object... arguments) {
        super(messageCode, arguments);
    }
}
