package id.sp4n.portal.complaint;

import id.sp4n.portal.shared.LocalizedException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The client (address or account) has filed as many complaints this hour as the portal allows. */
@ResponseStatus(HttpStatus.TOO_MANY_REQUESTS)
public class SubmissionQuotaExceeded extends LocalizedException {

    public SubmissionQuotaExceeded(int limit) {
        super("intake.error.quota", limit);
    }
}
