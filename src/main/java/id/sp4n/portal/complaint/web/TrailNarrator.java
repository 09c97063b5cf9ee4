package id.sp4n.portal.complaint.web;

import java.util.List;
import java.util.Locale;

import id.sp4n.portal.complaint.ReasonNarrator;
import id.sp4n.portal.complaint.handling.TrackedComplaint;
import org.springframework.stereotype.Component;

/**
 * A complaint's trail as the pages show it: each hop with the names of its agencies and its reason as a sentence
 * in the reader's language (see {@link ReasonNarrator}).
 */
@Component
public class TrailNarrator {

    private final ReasonNarrator reasons;

    TrailNarrator(ReasonNarrator reasons) {
        this.reasons = reasons;
    }

    record Step(int seq, String from, String fromName, String to, String toName, java.time.Instant at,
                String reason, String rule) {
    }

    List<Step> narrate(TrackedComplaint complaint, Locale locale) {
        return complaint.trail().stream().map(step -> new Step(step.seq(), step.fromAgencyCode(),
                agencyName(step.fromAgencyCode()), step.toAgencyCode(), agencyName(step.toAgencyCode()), step.at(),
                reasons.reason(step.reasonCode(), step.reasonArgs(), locale), step.rule())).toList();
    }

    public String agencyName(String code) {
        return reasons.agencyName(code);
    }

    public String categoryName(String code, Locale locale) {
        return reasons.categoryName(code, locale);
    }

    public String regionName(String code) {
        return reasons.regionName(code);
    }
}
