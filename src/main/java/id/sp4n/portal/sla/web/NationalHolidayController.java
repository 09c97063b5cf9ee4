package id.sp4n.portal.sla.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;

import id.sp4n.portal.audit.AuditLog;
import id.sp4n.portal.identity.PortalUser;
import id.sp4n.portal.shared.CsvImportRejected;
import id.sp4n.portal.shared.FormInput;
import id.sp4n.portal.shared.InvalidRequestException;
import id.sp4n.portal.sla.NationalHolidays;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * {@code /admin/libur-nasional}: the national admin keeps each year's national holidays and collective leave as the
 * joint decree sets them. A refused form comes back with the person's input and the reason beside it.
 */
@Controller
class NationalHolidayController {

    private static final String PAGE = "/admin/libur-nasional";

    private final NationalHolidays holidays;
    private final MessageSource messages;
    private final Clock clock;

    NationalHolidayController(NationalHolidays holidays, MessageSource messages, Clock clock) {
        this.holidays = holidays;
        this.messages = messages;
        this.clock = clock;
    }

    /** The form's fields as typed, so that a refused form shows them again. */
    record HolidayForm(String day, String kind, String name, String legalBasis) {

        static HolidayForm empty() {
            return new HolidayForm("", "NATIONAL_HOLIDAY", "", "");
        }
    }

    @GetMapping(PAGE)
    String list(@RequestParam(required = false) Integer year, Model model) {
        return page(year == null ? thisYear() : year, model);
    }

    private String page(int year, Model model) {
        model.addAttribute("year", year);
        model.addAttribute("holidays", holidays.ofYear(year));
        model.addAttribute("columns", String.join(",", NationalHolidays.CSV_COLUMNS));
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", HolidayForm.empty());
        }
        return "sla/national-holidays";
    }

    @PostMapping(PAGE)
    String add(@AuthenticationPrincipal PortalUser user, @RequestParam(required = false) Integer year,
               @RequestParam(required = false) String day, @RequestParam(required = false) String kind,
               @RequestParam(required = false) String name, @RequestParam(required = false) String legalBasis,
               Locale locale, Model model, HttpServletResponse response) {
        HolidayForm form = new HolidayForm(day, kind, name, legalBasis);
        try {
            NationalHolidays.HolidayInput input = input(form);
            holidays.add(actor(user), input);
            return back(input.day().getYear(), "tambah");
        } catch (InvalidRequestException refused) {
            return refused(refused, year, Map.of("form", form, "formError", explain(refused, locale)), model, response);
        }
    }

    @PostMapping(PAGE + "/{id}")
    String edit(@AuthenticationPrincipal PortalUser user, @PathVariable long id,
                @RequestParam(required = false) String day, @RequestParam(required = false) String kind,
                @RequestParam(required = false) String name, @RequestParam(required = false) String legalBasis,
                Locale locale, Model model, HttpServletResponse response) {
        int year = holidays.find(id).day().getYear();
        HolidayForm form = new HolidayForm(day, kind, name, legalBasis);
        try {
            NationalHolidays.HolidayInput input = input(form);
            holidays.edit(actor(user), id, input);
            return back(input.day().getYear(), "ubah");
        } catch (InvalidRequestException refused) {
            return refused(refused, year, Map.of("editId", id, "editForm", form, "editError", explain(refused, locale)),
                    model, response);
        }
    }

    @PostMapping(PAGE + "/{id}/hapus")
    String remove(@AuthenticationPrincipal PortalUser user, @PathVariable long id) {
        int year = holidays.find(id).day().getYear();
        holidays.remove(actor(user), id);
        return back(year, "hapus");
    }

    @GetMapping(PAGE + ".csv")
    ResponseEntity<String> export(@RequestParam int year) {
        String csv = holidays.exportYear(year);
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"libur-nasional-" + year + ".csv\"")
                .body(csv);
    }

    /** All or nothing: a file with any problem changes nothing, and the page lists every problem by line. */
    @PostMapping(PAGE + "/impor")
    String importYear(@AuthenticationPrincipal PortalUser user, @RequestParam(required = false) Integer year,
                      @RequestParam(name = "file", required = false) MultipartFile file, Locale locale, Model model,
                      HttpServletResponse response) throws IOException {
        if (year == null) {
            throw new InvalidRequestException("nationalHolidays.error.year", NationalHolidays.FIRST_YEAR,
                    NationalHolidays.LAST_YEAR);
        }
        String text = file == null ? "" : new String(file.getBytes(), StandardCharsets.UTF_8).replace("\uFEFF", "");
        try {
            int imported = holidays.importYear(actor(user), year, text);
            return back(year, "impor") + "&jumlah=" + imported;
        } catch (CsvImportRejected rejected) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("importProblems", rejected.describe(messages, locale));
            return page(year, model);
        }
    }

    private static NationalHolidays.HolidayInput input(HolidayForm form) {
        LocalDate date = FormInput.optionalDate(form.day(), "nationalHolidays.error.day");
        if (date == null) {
            throw new InvalidRequestException("nationalHolidays.error.day");
        }
        return new NationalHolidays.HolidayInput(date, form.kind(), form.name(), form.legalBasis());
    }

    private String refused(InvalidRequestException refused, Integer year, Map<String, ?> attributes, Model model,
                           HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        model.addAllAttributes(attributes);
        int shown = year == null ? thisYear() : year;
        try {
            return page(shown, model);
        } catch (InvalidRequestException badYear) {
            throw refused;
        }
    }

    /** The year in Jakarta, where the national calendar is decided. */
    private int thisYear() {
        return LocalDate.now(clock.withZone(ZoneId.of("Asia/Jakarta"))).getYear();
    }

    private String explain(InvalidRequestException refused, Locale locale) {
        return messages.getMessage(refused.messageCode(), refused.arguments(), locale);
    }

    private static AuditLog.Actor actor(PortalUser user) {
        return new AuditLog.Actor(user.accountId(), user.displayName());
    }

    private static String back(int year, String done) {
        return "redirect:" + UriComponentsBuilder.fromPath(PAGE).queryParam("year", year)
                .queryParam("selesai", done).build().toUriString();
    }
}
