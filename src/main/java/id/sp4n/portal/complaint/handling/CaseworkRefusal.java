package id.sp4n.portal.complaint.handling;

import id.sp4n.portal.shared.LocalizedException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** An action the complaint's state or the rules of domain.md do not allow; nothing was changed. */
@ResponseStatus(HttpStatus.CONFLICT)
public class CaseworkRefusal extends LocalizedException {

    public CaseworkRefusal(String messageCode, Object... arguments) {
        super(messageCode, arguments);
    }
}
