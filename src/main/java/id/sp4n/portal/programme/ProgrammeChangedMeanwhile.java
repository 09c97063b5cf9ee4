package id.sp4n.portal.programme;

import id.sp4n.portal.shared.LocalizedException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Someone saved the programme after the form was opened: nothing was overwritten. */
@ResponseStatus(HttpStatus.CONFLICT)
class ProgrammeChangedMeanwhile extends LocalizedException {

    ProgrammeChangedMeanwhile() {
        super("programme.error.changedMeanwhile");
    }
}
