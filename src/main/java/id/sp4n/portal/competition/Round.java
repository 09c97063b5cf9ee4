package id.sp4n.portal.competition;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import id.sp4n.portal.evaluation.BodyClass;

/**
 * A round: open for registration and self-assessment, then evaluated, then published. {@code year}: the year whose
 * figures the measured criteria are taken from.
 */
public record Round(long id, int year, String name, List<BodyClass> classes, LocalDate registrationUntil,
                    LocalDate assessmentUntil, Status status, Instant openedAt, Instant publishedAt, long version) {

    public enum Status { OPEN, EVALUATION, PUBLISHED }

    public Round {
        classes = List.copyOf(classes);
    }
}
