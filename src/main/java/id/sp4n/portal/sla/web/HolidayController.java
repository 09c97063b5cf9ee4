package id.sp4n.portal.sla.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import id.sp4n.portal.agency.AgencyHierarchy;
import id.sp4n.portal.audit.AuditLog;
import id.sp4n.portal.identity.PortalUser;
import id.sp4n.portal.shared.ActionForbiddenException;
import id.sp4n.portal.shared.FormInput;
import id.sp4n.portal.shared.InvalidRequestException;
import id.sp4n.portal.sla.Holiday;
import id.sp4n.portal.sla.WorkingDayCalendars;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * {@code /admin/libur}: the holidays that count for an agency's clocks, and its regional holidays, which an agency
 * admin adds for the agencies of their subtree (the national admin for any agency).
 */
@Controller
class HolidayController {

    private final WorkingDayCalendars calendars;
    private final AgencyHierarchy hierarchy;
    private final Clock clock;

    HolidayController(WorkingDayCalendars calendars, AgencyHierarchy hierarchy, Clock clock) {
        this.calendars = calendars;
        this.hierarchy = hierarchy;
        this.clock = clock;
    }

    @GetMapping("/admin/libur")
    String list(@AuthenticationPrincipal PortalUser user, @RequestParam(required = false) String agency,
                @RequestParam(required = false) Integer year, Model model) {
        String agencyCode = agency == null || agency.isBlank() ? user.agencyCode() : agency.strip();
        int shownYear = year == null ? LocalDate.now(clock.withZone(ZoneId.of("Asia/Jakarta"))).getYear() : year;
        model.addAttribute("agencyCode", agencyCode);
        model.addAttribute("agencyName", hierarchy.tree().find(agencyCode).map(n -> n.name()).orElse(agencyCode));
        model.addAttribute("year", shownYear);
        model.addAttribute("holidays", calendars.holidaysOf(agencyCode, shownYear));
        model.addAttribute("mayAdd", mayManage(user, agencyCode));
        return "sla/holidays";
    }

    @PostMapping("/admin/libur")
    String add(@AuthenticationPrincipal PortalUser user, @RequestParam String agency,
               @RequestParam(required = false) String day, @RequestParam(required = false) String name) {
        if (!mayManage(user, agency)) {
            throw new ActionForbiddenException("holiday.refused");
        }
        LocalDate date = FormInput.optionalDate(day, "holiday.error.day");
        if (date == null) {
            throw new InvalidRequestException("holiday.error.day");
        }
        calendars.addRegionalHoliday(actor(user), agency, date, name);
        return back(agency, date.getYear(), "tambah");
    }

    @PostMapping("/admin/libur/{id}/hapus")
    String remove(@AuthenticationPrincipal PortalUser user, @PathVariable long id) {
        Holiday holiday = calendars.regionalHoliday(id);
        if (!mayManage(user, holiday.agencyCode())) {
            throw new ActionForbiddenException("holiday.refused");
        }
        calendars.removeRegionalHoliday(actor(user), id);
        return back(holiday.agencyCode(), holiday.day().getYear(), "hapus");
    }

    private static AuditLog.Actor actor(PortalUser user) {
        return new AuditLog.Actor(user.accountId(), user.displayName());
    }

    private static String back(String agency, int year, String done) {
        return "redirect:" + UriComponentsBuilder.fromPath("/admin/libur").queryParam("agency", agency)
                .queryParam("year", year).queryParam("selesai", done).encode().build().toUriString();
    }

    /** Agency admins inside their subtree, the national admin everywhere. */
    private boolean mayManage(PortalUser user, String agencyCode) {
        return switch (user.role()) {
            case NATIONAL_ADMIN -> hierarchy.tree().contains(agencyCode);
            case AGENCY_ADMIN -> hierarchy.tree().isWithin(agencyCode, user.agencyCode());
            default -> false;
        };
    }
}
