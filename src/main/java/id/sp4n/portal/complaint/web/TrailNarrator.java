package id.sp4n.portal.complaint.web;

import java.time.Instant;
import java.util.ArrayList;
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

    record Step(int seq, String from, String fromName, String to, String toName, Instant at,
                String reason, String rule) {
    }

    List<Step> narrate(TrackedComplaint complaint, Locale locale) {
        return complaint.trail().stream().map(step -> new Step(step.seq(), step.fromAgencyCode(),
                agencyName(step.fromAgencyCode()), step.toAgencyCode(), agencyName(step.toAgencyCode()), step.at(),
                reasons.reason(step.reasonCode(), step.reasonArgs(), locale), step.rule())).toList();
    }

    /**
     * The trail as a person reads it: one entry per agency the complaint came to, with why. The hops of one routing
     * run (same moment, each starting where the last ended) are a single arrival "via" the agencies it passed.
     */
    record Arrival(String agency, String agencyName, Instant at, String reason, List<String> via) {
    }

    List<Arrival> arrivals(TrackedComplaint complaint, Locale locale) {
        List<Arrival> arrivals = new ArrayList<>();
        List<String> via = new ArrayList<>();
        TrackedComplaint.TrailStep previous = null;
        for (TrackedComplaint.TrailStep step : complaint.trail()) {
            boolean sameRun = previous != null && previous.at().equals(step.at())
                    && previous.toAgencyCode().equals(step.fromAgencyCode());
            if (sameRun) {
                arrivals.remove(arrivals.size() - 1);
                via.add(agencyName(previous.toAgencyCode()));
            } else {
                via = new ArrayList<>();
            }
            arrivals.add(new Arrival(step.toAgencyCode(), agencyName(step.toAgencyCode()), step.at(),
                    reasons.reason(step.reasonCode(), step.reasonArgs(), locale), List.copyOf(via)));
            previous = step;
        }
        return arrivals;
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
