package id.sp4n.portal.shared;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The person may see the object but their role or agency does not allow this action on it; nothing changed. */
@ResponseStatus(HttpStatus.FORBIDDEN)
public class ActionForbiddenException extends LocalizedException {

    public ActionForbiddenException(String messageCode, Object... arguments) {
        super(messageCode, arguments);
    }
}
