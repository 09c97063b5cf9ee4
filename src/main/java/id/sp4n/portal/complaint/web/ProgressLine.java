package id.sp4n.portal.complaint.web;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import id.sp4n.portal.complaint.ComplaintStatus;
import id.sp4n.portal.complaint.handling.TrackedComplaint;

/**
 * "Where is my complaint": the five steps a complaint goes through (Diterima → Diverifikasi → Ditindaklanjuti →
 * Ditanggapi → Selesai) with the one it has reached, a sentence on what happens now ({@code nowKey}, argument: the
 * holder's name) and the limit that runs now ({@code dueKey} with {@code dueOn}; none when nothing is owed). A
 * complaint on hold stays at the step it was held in and waits for the reporter; an archived one has no line (its
 * reason is shown instead).
 */
record ProgressLine(List<Step> steps, boolean waitingForReporter, String nowKey, String dueKey, LocalDate dueOn) {

    private static final List<ComplaintStatus> STEPS = List.of(ComplaintStatus.SUBMITTED, ComplaintStatus.VERIFIED,
            ComplaintStatus.IN_PROGRESS, ComplaintStatus.RESPONDED, ComplaintStatus.COMPLETED);

    /** One step: its message key ({@code progress.SUBMITTED} …) and whether it is done, current or still to come. */
    record Step(String key, String state) {

        public boolean current() {
            return "current".equals(state);
        }
    }

    static ProgressLine of(TrackedComplaint complaint) {
        ComplaintStatus status = complaint.status();
        if (status == ComplaintStatus.ARCHIVED) {
            return null;
        }
        boolean waiting = status == ComplaintStatus.ON_HOLD;
        int current = STEPS.indexOf(waiting ? held(complaint) : status);
        List<Step> steps = IntStream.range(0, STEPS.size())
                .mapToObj(i -> new Step("progress." + STEPS.get(i),
                        i < current ? "done" : i == current ? "current" : "ahead"))
                .toList();
        LocalDate due = status == ComplaintStatus.RESPONDED ? complaint.outcome().autoCompleteOn()
                : status == ComplaintStatus.SUBMITTED || status == ComplaintStatus.VERIFIED
                        || status == ComplaintStatus.IN_PROGRESS ? complaint.outcome().responseDueOn() : null;
        return new ProgressLine(steps, waiting, nowKey(complaint, waiting), due == null ? null : dueKey(complaint),
                due);
    }

    private static ComplaintStatus held(TrackedComplaint complaint) {
        ComplaintStatus from = complaint.outcome().heldFrom();
        return from == null || !STEPS.contains(from) ? ComplaintStatus.SUBMITTED : from;
    }

    /** A hold and a response are worded for the reporter on their own view: it is their turn. */
    private static String nowKey(TrackedComplaint complaint, boolean waiting) {
        if (complaint.currentAgencyCode() == null) {
            return "progress.now.routing";
        }
        boolean theirTurn = waiting || complaint.status() == ComplaintStatus.RESPONDED;
        return "progress.now." + complaint.status() + (theirTurn && complaint.reporterView() ? ".reporter" : "");
    }

    /** Verification before it is verified, a response after; a response completes by itself unless answered. */
    private static String dueKey(TrackedComplaint complaint) {
        return switch (complaint.status()) {
            case SUBMITTED -> "progress.due.verification";
            case RESPONDED -> complaint.reporterView() ? "progress.due.autoComplete.reporter"
                    : "progress.due.autoComplete";
            default -> "progress.due.response";
        };
    }
}
