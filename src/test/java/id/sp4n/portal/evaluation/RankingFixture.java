package id.sp4n.portal.evaluation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import id.sp4n.portal.complaint.CaseAction;
import id.sp4n.portal.complaint.ComplaintActedOn;
import id.sp4n.portal.complaint.ComplaintFacts;
import id.sp4n.portal.complaint.ComplaintRouted;
import id.sp4n.portal.complaint.ComplaintStatus;
import id.sp4n.portal.complaint.ComplaintSubmitted;
import id.sp4n.portal.complaint.IntakeChannel;
import id.sp4n.portal.complaint.ReportType;
import id.sp4n.portal.complaint.ReporterActedOn;
import id.sp4n.portal.complaint.ReporterAction;
import id.sp4n.portal.complaint.handling.Staff;

/**
 * Complaint histories for the ranking fixtures, as the typed events the statistics module receives: filed and routed
 * to a regional government, verified on a working day, responded to on day 3 (or never), then what the reporter did.
 */
final class RankingFixture {

    /** What the reporter did after the response. */
    enum Reporter { NOTHING, ACCEPTED, REOPENED, APPEALED }

    private final List<Object> events = new ArrayList<>();
    private final String prefix;
    private int count;

    RankingFixture(String prefix) {
        this.prefix = prefix;
    }

    List<Object> events() {
        return events;
    }

    /**
     * {@code n} complaints held by the government of {@code region}, filed on {@code filed}; verified on working day
     * {@code verifiedOn}; responded to on day 3 when {@code responded}; {@code stars} null for no rating.
     */
    RankingFixture complaints(int n, String region, Instant filed, int verifiedOn, boolean responded, Reporter reporter,
                              Integer stars) {
        for (int i = 0; i < n; i++) {
            String number = String.format("%s%08d", prefix, ++count);
            String holder = "pemda-" + region;
            String province = region.substring(0, 2);
            events.add(new ComplaintSubmitted(number, ReportType.PENGADUAN, "PENDIDIKAN-DASAR", province, region,
                    holder, null, IntakeChannel.WEB, false, filed));
            events.add(new ComplaintRouted(number, holder, holder, 0, filed.plusSeconds(1), null));
            events.add(new ComplaintActedOn(CaseAction.VERIFY, facts(number, holder, ComplaintStatus.IN_PROGRESS,
                    filed, verifiedOn, 0), holder, ComplaintStatus.SUBMITTED, Staff.Scope.AGENCY, day(filed, verifiedOn)));
            if (!responded) {
                continue;
            }
            events.add(new ComplaintActedOn(CaseAction.RESPOND, facts(number, holder, ComplaintStatus.RESPONDED,
                    filed, 3, 0), holder, ComplaintStatus.IN_PROGRESS, Staff.Scope.AGENCY, day(filed, 3)));
            switch (reporter) {
                case ACCEPTED -> events.add(new ReporterActedOn(ReporterAction.ACCEPT, facts(number, holder,
                        ComplaintStatus.COMPLETED, filed, 4, 0), holder, ComplaintStatus.RESPONDED, null, day(filed, 4)));
                case REOPENED -> events.add(new ReporterActedOn(ReporterAction.REOPEN, facts(number, holder,
                        ComplaintStatus.IN_PROGRESS, filed, 4, 1), holder, ComplaintStatus.RESPONDED, null, day(filed, 4)));
                case APPEALED -> events.add(new ReporterActedOn(ReporterAction.APPEAL, facts(number, holder,
                        ComplaintStatus.IN_PROGRESS, filed, 4, 0), holder, ComplaintStatus.RESPONDED, null, day(filed, 4)));
                case NOTHING -> { }
            }
            if (stars != null) {
                ComplaintStatus now = reporter == Reporter.ACCEPTED ? ComplaintStatus.COMPLETED : ComplaintStatus.RESPONDED;
                events.add(new ReporterActedOn(ReporterAction.RATE, facts(number, holder, now, filed, 5, 0), holder, now,
                        stars, day(filed, 5)));
            }
        }
        return this;
    }

    private static Instant day(Instant filed, int workingDay) {
        return filed.plusSeconds(86_400L * workingDay);
    }

    private static ComplaintFacts facts(String number, String holder, ComplaintStatus status, Instant filed,
                                        int workingDays, int reopens) {
        String region = holder.substring("pemda-".length());
        return new ComplaintFacts(number, ReportType.PENGADUAN, "PENDIDIKAN-DASAR", region.substring(0, 2), region,
                holder, IntakeChannel.WEB, holder, status, false, false, null, filed, workingDays, 0, reopens, null,
                null);
    }
}
