package id.sp4n.portal.programme;

import java.time.Instant;
import java.time.LocalDate;

import id.sp4n.portal.complaint.CaseAction;
import id.sp4n.portal.complaint.ComplaintActedOn;
import id.sp4n.portal.complaint.ComplaintSubmitted;
import id.sp4n.portal.complaint.ComplaintWording;
import id.sp4n.portal.complaint.IntakeLabelled;
import id.sp4n.portal.statistics.ComplaintTags;
import id.sp4n.portal.statistics.Scope;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tags complaints with the programmes running on their filing day: at intake by the category and words the reporter
 * chose, again at verification by the officer's classification (a complaint that no longer matches leaves, unless it
 * came through the programme's door), and through the door whatever its class. Runs after the change committed,
 * retried from the event publication registry; tagging twice changes nothing.
 */
@Component
class ProgrammeTagger {

    private final Programmes programmes;
    private final ComplaintWording wording;
    private final ComplaintTags tags;

    ProgrammeTagger(Programmes programmes, ComplaintWording wording, ComplaintTags tags) {
        this.programmes = programmes;
        this.wording = wording;
        this.tags = tags;
    }

    @ApplicationModuleListener
    void on(ComplaintSubmitted submitted) {
        for (Programme programme : programmes.runningOn(day(submitted.submittedAt()))) {
            if (matches(programme, submitted.categoryCode(), submitted.trackingNumber())) {
                tags.tag(programme.tag(), submitted.trackingNumber(), ComplaintTags.Source.INTAKE,
                        submitted.submittedAt());
            }
        }
    }

    @ApplicationModuleListener
    void on(IntakeLabelled labelled) {
        programmes.find(labelled.label())
                .filter(programme -> programme.ownDoor() && programme.runsOn(day(labelled.submittedAt())))
                .ifPresent(programme -> tags.tag(programme.tag(), labelled.trackingNumber(),
                        ComplaintTags.Source.DOOR, labelled.submittedAt()));
    }

    @ApplicationModuleListener
    void on(ComplaintActedOn acted) {
        if (acted.action() != CaseAction.VERIFY && acted.action() != CaseAction.VERIFY_AND_FORWARD) {
            return;
        }
        String number = acted.trackingNumber();
        for (Programme programme : programmes.runningOn(day(acted.complaint().submittedAt()))) {
            if (matches(programme, acted.complaint().categoryCode(), number)) {
                tags.tag(programme.tag(), number, ComplaintTags.Source.VERIFICATION, acted.at());
            } else {
                tags.untagUnlessDoor(programme.tag(), number);
            }
        }
    }

    /**
     * Tags the complaints filed while the programme ran, as they are classified now, that are not in it yet (those
     * filed before it was defined or changed); how many joined.
     */
    int backfill(Programme programme, Instant now) {
        Instant from = programme.startsOn().atStartOfDay(Scope.PERIOD_ZONE).toInstant();
        LocalDate lastDay = programme.endsOn() == null ? day(now) : programme.endsOn();
        Instant until = lastDay.plusDays(1).atStartOfDay(Scope.PERIOD_ZONE).toInstant();
        return tags.tagAll(programme.tag(), wording.matching(programme.categoryCodes(), programme.keywords(), from,
                until), ComplaintTags.Source.INTAKE, now);
    }

    private boolean matches(Programme programme, String categoryCode, String number) {
        return (categoryCode != null && programme.categoryCodes().contains(categoryCode))
                || (!programme.keywords().isEmpty() && wording.namesAny(number, programme.keywords()));
    }

    private static LocalDate day(Instant at) {
        return LocalDate.ofInstant(at, Scope.PERIOD_ZONE);
    }
}
