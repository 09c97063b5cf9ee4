package id.sp4n.portal.statistics.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import id.sp4n.portal.agency.AgencyHierarchy;
import id.sp4n.portal.agency.AgencyNode;
import id.sp4n.portal.shared.FormInput;
import id.sp4n.portal.shared.InvalidRequestException;
import id.sp4n.portal.shared.RecordNotFoundException;
import id.sp4n.portal.statistics.ComplaintRows;
import id.sp4n.portal.statistics.Scope;
import org.springframework.stereotype.Component;

/**
 * Reads what a page, an export or an API call asks for — an agency (none: the nation) and a period of filing dates
 * (this year so far unless given) — the same way for all of them, with the same messages for what cannot be read.
 */
@Component
class ViewRequests {

    private final AgencyHierarchy agencies;
    private final Clock clock;

    ViewRequests(AgencyHierarchy agencies, Clock clock) {
        this.agencies = agencies;
        this.clock = clock;
    }

    View resolve(String agencyCode, String from, String to) {
        AgencyNode agency = agencyCode == null || agencyCode.isBlank() ? agencies.tree().root()
                : agencies.tree().find(agencyCode.strip()).orElseThrow(() ->
                        new RecordNotFoundException("statistics.error.agency", FormInput.shortened(agencyCode)));
        LocalDate today = LocalDate.now(clock.withZone(Scope.PERIOD_ZONE));
        LocalDate start = date(from, today.withDayOfYear(1));
        LocalDate end = date(to, today);
        if (start.isAfter(end)) {
            throw new InvalidRequestException("statistics.error.order", start, end);
        }
        return new View(agency, start, end);
    }

    /** An agency with everything below it over a period; public views never count confidential complaints. */
    record View(AgencyNode agency, LocalDate from, LocalDate to) {

        Scope publicScope() {
            return new Scope(agency.code(), true, from, to, true);
        }
    }

    private static LocalDate date(String given, LocalDate otherwise) {
        if (given == null || given.isBlank()) {
            return otherwise;
        }
        try {
            return LocalDate.parse(given.strip());
        } catch (DateTimeParseException notADate) {
            throw new InvalidRequestException("statistics.error.date", FormInput.shortened(given));
        }
    }

    /** A headline figure's key, as {@code ukuran} names it, if it has complaints behind it. */
    static String figureKey(String given) {
        if (!ComplaintRows.isFigure(given)) {
            throw new InvalidRequestException("statistics.error.figure", FormInput.shortened(given == null ? "" : given));
        }
        return given;
    }

}
