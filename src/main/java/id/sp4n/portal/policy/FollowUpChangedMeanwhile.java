package id.sp4n.portal.policy;

import id.sp4n.portal.shared.LocalizedException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Someone saved the entry after the form was opened: nothing was overwritten. */
@ResponseStatus(HttpStatus.CONFLICT)
class FollowUpChangedMeanwhile extends LocalizedException {

    FollowUpChangedMeanwhile() {
        super("policy.error.changedMeanwhile");
    }
}
