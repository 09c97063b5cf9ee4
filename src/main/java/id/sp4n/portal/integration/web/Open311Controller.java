package id.sp4n.portal.integration.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import id.sp4n.portal.agency.AgencyHierarchy;
import id.sp4n.portal.category.Category;
import id.sp4n.portal.category.CategoryCatalogue;
import id.sp4n.portal.complaint.ComplaintDraft;
import id.sp4n.portal.complaint.FieldProblem;
import id.sp4n.portal.complaint.IntakeChannel;
import id.sp4n.portal.complaint.IntakeRules;
import id.sp4n.portal.complaint.ReportType;
import id.sp4n.portal.complaint.ServiceRequests;
import id.sp4n.portal.complaint.Submission;
import id.sp4n.portal.integration.IntakeKeys;
import id.sp4n.portal.integration.KeyHolder;
import id.sp4n.portal.integration.SystemUpdates;
import id.sp4n.portal.region.Region;
import id.sp4n.portal.region.RegionDirectory;
import id.sp4n.portal.shared.LocalizedException;
import id.sp4n.portal.shared.PortalAddress;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * Open311 GeoReport v2 (docs/0049): discovery, services (our categories), service definitions, requests (filed with a
 * write key through the same intake rules as the form, with the key's agency as the door), tokens, in JSON or XML by
 * the path's extension. Public reads show neither confidential nor anonymous complaints and nothing about a reporter.
 * Every refusal is GeoReport's list of code and description, never an HTML page.
 */
@RestController
class Open311Controller {

    static final String BASE = "/open311/v2";
    static final String CHANGESET = "2026-12-04";
    /** Requests listed when a call names no page size; at most {@link ServiceRequests#MAX_PAGE_SIZE}. */
    static final int DEFAULT_PAGE_SIZE = 100;
    /** With no date, id or change filter, GeoReport lists the last 90 days. */
    static final int DEFAULT_DAYS = 90;
    private static final Pattern IDEMPOTENCY_KEY = Pattern.compile("[\\x21-\\x7e]{1,255}");
    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    /** RFC 3339 with seconds always written (OffsetDateTime's own text drops zero seconds), in Western Indonesia Time. */
    private static final DateTimeFormatter W3C = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX").withZone(WIB);

    private final CategoryCatalogue categories;
    private final ServiceRequests requests;
    private final IntakeRules intake;
    private final IntakeKeys intakeKeys;
    private final SystemUpdates updates;
    private final RegionDirectory regions;
    private final AgencyHierarchy agencies;
    private final PortalAddress address;
    private final MessageSource messages;
    private final JsonMapper json;
    private final Clock clock;
    private final String jurisdiction;

    Open311Controller(CategoryCatalogue categories, ServiceRequests requests, IntakeRules intake,
                      IntakeKeys intakeKeys, SystemUpdates updates, RegionDirectory regions, AgencyHierarchy agencies, PortalAddress address,
                      MessageSource messages, JsonMapper json, Clock clock,
                      @Value("${portal.integration.jurisdiction-id:sp4n.go.id}") String jurisdiction) {
        this.categories = categories;
        this.requests = requests;
        this.intake = intake;
        this.intakeKeys = intakeKeys;
        this.updates = updates;
        this.regions = regions;
        this.agencies = agencies;
        this.address = address;
        this.messages = messages;
        this.json = json;
        this.clock = clock;
        this.jurisdiction = jurisdiction;
    }

    @GetMapping(BASE + "/discovery.{format}")
    ResponseEntity<byte[]> discovery(@PathVariable String format) {
        Map<String, Object> endpoint = Open311Document.fields("specification", "http://wiki.open311.org/GeoReport_v2",
                "url", address.publicUrl() + BASE, "changeset", CHANGESET, "type", "production",
                "formats", List.of("application/json", "text/xml"));
        return Open311Document.object("discovery", Open311Document.fields("changeset", CHANGESET,
                        "contact", address.publicUrl() + "/integrasi", "key_service", address.publicUrl() + "/admin/integrasi",
                        "endpoints", List.of(endpoint)))
                .answer(format(format), HttpStatus.OK, json);
    }

    @GetMapping(BASE + "/services.{format}")
    ResponseEntity<byte[]> services(@PathVariable String format,
                                    @RequestParam(name = "jurisdiction_id", required = false) String jurisdictionId,
                                    HttpServletRequest call) {
        Locale locale = IntegrationRefusals.locale(call);
        Open311Document.Format wanted = format(format);
        checkJurisdiction(jurisdictionId);
        List<Map<String, Object>> services = categories.all().stream()
                .map(category -> Open311Document.fields("service_code", category.code(),
                        "service_name", category.displayName(locale), "description", category.displayName(locale),
                        "metadata", true, "type", "realtime",
                        "keywords", String.join(",", category.keywords()),
                        "group", category.tier() == null ? null : category.tier().name().toLowerCase(Locale.ROOT)))
                .toList();
        return Open311Document.list("services", "service", services).answer(wanted, HttpStatus.OK, json);
    }

    @GetMapping(BASE + "/services/{code}.{format}")
    ResponseEntity<byte[]> definition(@PathVariable String code, @PathVariable String format,
                                      @RequestParam(name = "jurisdiction_id", required = false) String jurisdictionId,
                                      HttpServletRequest call) {
        Locale locale = IntegrationRefusals.locale(call);
        Open311Document.Format wanted = format(format);
        checkJurisdiction(jurisdictionId);
        Category category = categories.find(code)
                .orElseThrow(() -> new Open311Refusal(HttpStatus.NOT_FOUND, "open311.error.service", code));
        List<Map<String, Object>> attributes = List.of(
                attribute("regency_code", true, 1, locale),
                attribute("title", false, 2, locale),
                attribute("incident_date", false, 3, locale),
                attribute("type", false, 4, locale));
        return Open311Document.object("service_definition", Open311Document.fields("service_code", category.code(),
                "attributes", attributes)).answer(wanted, HttpStatus.OK, json);
    }

    @GetMapping(BASE + "/requests.{format}")
    ResponseEntity<byte[]> list(@PathVariable String format, HttpServletRequest call) {
        Open311Document.Format wanted = format(format);
        checkJurisdiction(call.getParameter("jurisdiction_id"));
        List<String> numbers = listed(call.getParameter("service_request_id"));
        Instant from = CallParameters.dateTime(call.getParameter("start_date"), "start_date");
        Instant until = CallParameters.dateTime(call.getParameter("end_date"), "end_date");
        Instant updatedAfter = CallParameters.dateTime(call.getParameter("updated_after"), "updated_after");
        if (numbers == null && from == null && until == null && updatedAfter == null) {
            from = clock.instant().minus(java.time.Duration.ofDays(DEFAULT_DAYS));
        }
        int page = CallParameters.number(call.getParameter("page"), 1, Integer.MAX_VALUE, 1, "page");
        int size = CallParameters.number(call.getParameter("page_size"), 1, ServiceRequests.MAX_PAGE_SIZE, DEFAULT_PAGE_SIZE,
                "page_size");
        String serviceCode = blankToNull(call.getParameter("service_code"));
        List<ServiceRequests.Request> found = requests.find(new ServiceRequests.Query(numbers, serviceCode, from,
                until, status(call.getParameter("status")), updatedAfter, null, page - 1, size));
        return Open311Document.list("service_requests", "request", found.stream().map(this::request).toList())
                .answer(wanted, HttpStatus.OK, json);
    }

    @GetMapping(BASE + "/requests/{id}.{format}")
    ResponseEntity<byte[]> one(@PathVariable String id, @PathVariable String format,
                               @RequestParam(name = "jurisdiction_id", required = false) String jurisdictionId) {
        Open311Document.Format wanted = format(format);
        checkJurisdiction(jurisdictionId);
        ServiceRequests.Request found = requests.get(id.strip().toUpperCase(Locale.ROOT), null)
                .orElseThrow(() -> new Open311Refusal(HttpStatus.NOT_FOUND, "open311.error.request", id));
        return Open311Document.list("service_requests", "request", List.of(request(found)))
                .answer(wanted, HttpStatus.OK, json);
    }

    /** Requests are created at once, so a token is the request's own number. */
    @GetMapping(BASE + "/tokens/{token}.{format}")
    ResponseEntity<byte[]> token(@PathVariable String token, @PathVariable String format) {
        Open311Document.Format wanted = format(format);
        ServiceRequests.Request found = requests.get(token.strip().toUpperCase(Locale.ROOT), null)
                .orElseThrow(() -> new Open311Refusal(HttpStatus.NOT_FOUND, "open311.error.token", token));
        return Open311Document.list("service_requests", "request", List.of(Open311Document.fields(
                "service_request_id", found.trackingNumber(), "token", found.trackingNumber())))
                .answer(wanted, HttpStatus.OK, json);
    }

    @PostMapping(BASE + "/requests.{format}")
    ResponseEntity<byte[]> file(@PathVariable String format, HttpServletRequest call,
                                @AuthenticationPrincipal KeyHolder holder,
                                @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
        Locale locale = IntegrationRefusals.locale(call);
        Open311Document.Format wanted = format(format);
        checkJurisdiction(call.getParameter("jurisdiction_id"));
        String formKey = null;
        if (idempotencyKey != null) {
            if (!IDEMPOTENCY_KEY.matcher(idempotencyKey).matches()) {
                throw new Open311Refusal(HttpStatus.BAD_REQUEST, "integration.error.idempotencyKey");
            }
            formKey = intakeKeys.derive(holder, "idempotency", idempotencyKey);
        }
        String regency = blankToNull(call.getParameter("attribute[regency_code]"));
        String province = regency == null ? null : regions.find(regency).map(Region::parentCode).orElse(null);
        String description = call.getParameter("description");
        String title = blankToNull(call.getParameter("attribute[title]"));
        String name = String.join(" ", Arrays.stream(new String[] {call.getParameter("first_name"),
                call.getParameter("last_name")}).filter(part -> part != null && !part.isBlank()).map(String::strip)
                .toList());
        ComplaintDraft draft = new ComplaintDraft(
                blankToDefault(call.getParameter("attribute[type]"), ReportType.PENGADUAN.name()),
                title != null ? title : titleOf(description), description,
                blankToDefault(call.getParameter("attribute[incident_date]"), LocalDate.now(clock.withZone(WIB)).toString()),
                province, regency, null, blankToNull(call.getParameter("address_string")),
                blankToNull(call.getParameter("service_code")), null, false, false, name.isEmpty() ? null : name,
                call.getParameter("email"), call.getParameter("phone"), List.of(), IntakeChannel.OPEN311,
                holder.agencyCode(), null, locale.getLanguage().equals("en") ? "en" : "id", null);
        IntakeRules.Filed filed = intake.file(draft, formKey, List.of());
        if (filed.submission().isEmpty()) {
            List<Map<String, Object>> errors = new ArrayList<>();
            for (FieldProblem problem : filed.problems()) {
                errors.add(Open311Document.fields("code", "400", "description",
                        open311Field(problem.field()) + ": "
                                + messages.getMessage(problem.messageCode(), problem.arguments(), locale)));
            }
            return Open311Document.list("errors", "error", errors).answer(wanted, HttpStatus.BAD_REQUEST, json);
        }
        Submission submission = filed.submission().get();
        String number = submission.trackingNumber().value();
        return Open311Document.list("service_requests", "request", List.of(Open311Document.fields(
                        "service_request_id", number,
                        "service_notice", messages.getMessage("open311.notice",
                                new Object[] {number, address.publicUrl() + "/lacak/" + number}, locale),
                        "account_id", null)))
                .answer(wanted, submission.repeated() ? HttpStatus.OK : HttpStatus.CREATED, json);
    }

    /** The servicerequestupdates extension: public responses and changes of state of public complaints. */
    @GetMapping(BASE + "/servicerequestupdates.{format}")
    ResponseEntity<byte[]> updates(@PathVariable String format, HttpServletRequest call) {
        Open311Document.Format wanted = format(format);
        checkJurisdiction(call.getParameter("jurisdiction_id"));
        Instant from = CallParameters.dateTime(call.getParameter("start_date"), "start_date");
        Instant until = CallParameters.dateTime(call.getParameter("end_date"), "end_date");
        if (from == null && until == null) {
            from = clock.instant().minus(java.time.Duration.ofDays(DEFAULT_DAYS));
        }
        int size = CallParameters.number(call.getParameter("page_size"), 1, ServiceRequests.MAX_PAGE_SIZE,
                ServiceRequests.MAX_PAGE_SIZE, "page_size");
        List<Map<String, Object>> updates = requests.updates(from, until, size).stream()
                .map(u -> Open311Document.fields("update_id", String.valueOf(u.id()),
                        "service_request_id", u.trackingNumber(), "status", open(u.status()) ? "open" : "closed",
                        "updated_datetime", W3C.format(u.at()), "description", u.text(), "media_url", null))
                .toList();
        return Open311Document.list("service_request_updates", "request_update", updates)
                .answer(wanted, HttpStatus.OK, json);
    }

    /**
     * An update from the handling system (write key): {@code closed} with a description is its response,
     * {@code open} or {@code in_progress} takes the complaint up. {@code update_id} names it (a replay answers without
     * acting again); {@code updated_datetime}, when it was made: an update older than the complaint's last change is
     * kept but not applied (409).
     */
    @PostMapping(BASE + "/servicerequestupdates.{format}")
    ResponseEntity<byte[]> postUpdate(@PathVariable String format, HttpServletRequest call,
                                      @AuthenticationPrincipal KeyHolder holder) {
        Open311Document.Format wanted = format(format);
        checkJurisdiction(call.getParameter("jurisdiction_id"));
        String number = blankToNull(call.getParameter("service_request_id"));
        if (number == null) {
            throw new Open311Refusal(HttpStatus.BAD_REQUEST, "open311.error.requestId");
        }
        String status = blankToNull(call.getParameter("status"));
        String action = switch (status == null ? "" : status.toLowerCase(Locale.ROOT)) {
            case "open", "in_progress" -> "VERIFY";
            case "closed" -> "RESPOND";
            default -> throw new Open311Refusal(HttpStatus.BAD_REQUEST, "open311.error.updateStatus",
                    id.sp4n.portal.shared.FormInput.shortened(status));
        };
        Instant madeAt = CallParameters.dateTime(call.getParameter("updated_datetime"), "updated_datetime");
        if (madeAt == null) {
            throw new Open311Refusal(HttpStatus.BAD_REQUEST, "open311.error.updatedDatetime");
        }
        String wantedNumber = number.toUpperCase(Locale.ROOT);
        long version = requests.find(new ServiceRequests.Query(List.of(wantedNumber), null, null, null, null, null,
                agencies.tree().subtreeCodes(holder.agencyCode()), 0, 1)).stream().findFirst()
                .map(ServiceRequests.Request::version).orElse(0L);
        SystemUpdates.Result result = updates.apply(holder, wantedNumber, new SystemUpdates.Incoming(
                call.getParameter("update_id"), version, action, call.getParameter("description"), null, null, null,
                madeAt));
        return Open311Document.list("service_request_updates", "request_update", List.of(Open311Document.fields(
                        "update_id", call.getParameter("update_id").strip(),
                        "service_request_id", wantedNumber,
                        "status", open(result.complaint().status()) ? "open" : "closed",
                        "outcome", result.outcome().name().toLowerCase(Locale.ROOT))))
                .answer(wanted, result.outcome() == SystemUpdates.Outcome.STALE ? HttpStatus.CONFLICT : HttpStatus.OK,
                        json);
    }

    @ExceptionHandler(Open311Refusal.class)
    ResponseEntity<byte[]> refused(Open311Refusal refusal, HttpServletRequest call) {
        Locale locale = IntegrationRefusals.locale(call);
        return IntegrationRefusals.open311(Open311Document.Format.ofPath(call.getRequestURI()), refusal.status,
                messages.getMessage(refusal.messageCode(), refusal.arguments(), locale), json);
    }

    @ExceptionHandler(LocalizedException.class)
    ResponseEntity<byte[]> invalid(LocalizedException refusal, HttpServletRequest call) {
        Locale locale = IntegrationRefusals.locale(call);
        return IntegrationRefusals.open311(Open311Document.Format.ofPath(call.getRequestURI()), HttpStatus.BAD_REQUEST,
                messages.getMessage(refusal.messageCode(), refusal.arguments(), locale), json);
    }

    /** GeoReport's open: not yet answered; a reopened complaint is open again. */
    private static boolean open(id.sp4n.portal.complaint.ComplaintStatus status) {
        return switch (status) {
            case SUBMITTED, VERIFIED, ON_HOLD, IN_PROGRESS -> true;
            case RESPONDED, COMPLETED, ARCHIVED -> false;
        };
    }

    private Map<String, Object> request(ServiceRequests.Request r) {
        boolean open = open(r.status());
        String place = regions.find(r.regencyCode()).map(Region::name).orElse(r.regencyCode());
        return Open311Document.fields(
                "service_request_id", r.trackingNumber(),
                "status", open ? "open" : "closed",
                "status_notes", r.statusNotes(),
                "service_name", categories.find(r.categoryCode()).map(Category::name).orElse(null),
                "service_code", r.categoryCode() == null ? Category.UNKNOWN_CODE : r.categoryCode(),
                "description", r.description().length() > 4000 ? r.description().substring(0, 4000) : r.description(),
                "agency_responsible", r.agencyCode() == null ? null
                        : agencies.tree().find(r.agencyCode()).map(a -> a.name()).orElse(r.agencyCode()),
                "service_notice", null,
                "requested_datetime", W3C.format(r.submittedAt()),
                "updated_datetime", r.updatedAt() == null ? null : W3C.format(r.updatedAt()),
                // The limit runs to the end of its last working day.
                "expected_datetime", r.dueOn() == null ? null : W3C.format(r.dueOn().atTime(23, 59, 59).atZone(WIB)),
                "address", r.address() == null ? place : r.address() + ", " + place,
                "address_id", null, "zipcode", null, "lat", null, "long", null, "media_url", null);
    }

    private Map<String, Object> attribute(String code, boolean required, int order, Locale locale) {
        return Open311Document.fields("variable", true, "code", code, "datatype", "string", "required", required,
                "datatype_description", messages.getMessage("open311.attribute." + code + ".format", null, locale),
                "order", order, "description", messages.getMessage("open311.attribute." + code, null, locale));
    }

    private void checkJurisdiction(String given) {
        if (given != null && !given.isBlank() && !given.strip().equalsIgnoreCase(jurisdiction)) {
            throw new Open311Refusal(HttpStatus.NOT_FOUND, "open311.error.jurisdiction", given, jurisdiction);
        }
    }

    private static Open311Document.Format format(String extension) {
        Open311Document.Format format = Open311Document.Format.of(extension);
        if (format == null) {
            throw new Open311Refusal(HttpStatus.NOT_FOUND, "open311.error.format", extension);
        }
        return format;
    }

    private static List<String> listed(String given) {
        if (given == null || given.isBlank()) {
            return null;
        }
        List<String> numbers = Arrays.stream(given.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .map(s -> s.toUpperCase(Locale.ROOT)).toList();
        if (numbers.size() > ServiceRequests.MAX_PAGE_SIZE) {
            throw new Open311Refusal(HttpStatus.BAD_REQUEST, "open311.error.tooManyIds", ServiceRequests.MAX_PAGE_SIZE);
        }
        return numbers;
    }

    /** GeoReport's two statuses (comma-separated allowed); both or neither is no filter. */
    private static Boolean status(String given) {
        if (given == null || given.isBlank()) {
            return null;
        }
        boolean open = false;
        boolean closed = false;
        for (String part : given.split(",")) {
            switch (part.strip().toLowerCase(Locale.ROOT)) {
                case "open" -> open = true;
                case "closed" -> closed = true;
                default -> throw new Open311Refusal(HttpStatus.BAD_REQUEST, "open311.error.status",
                        id.sp4n.portal.shared.FormInput.shortened(part));
            }
        }
        return open == closed ? null : open;
    }

    /** Open311 has no title: the description's first line, cut at a word to fit. */
    private static String titleOf(String description) {
        if (description == null || description.isBlank()) {
            return null;
        }
        String line = description.strip().lines().findFirst().orElse("").strip();
        if (line.length() <= IntakeRules.TITLE_MAX) {
            return line;
        }
        int cut = line.lastIndexOf(' ', IntakeRules.TITLE_MAX - 1);
        return (cut > IntakeRules.TITLE_MIN ? line.substring(0, cut) : line.substring(0, IntakeRules.TITLE_MAX - 1))
                + "…";
    }

    /** The Open311 name of an intake field, so the client knows what to change. */
    private static String open311Field(String field) {
        return switch (field) {
            case "categoryCode" -> "service_code";
            case "regencyCode", "provinceCode", "districtCode" -> "attribute[regency_code]";
            case "title" -> "attribute[title]";
            case "type" -> "attribute[type]";
            case "incidentDate" -> "attribute[incident_date]";
            case "address" -> "address_string";
            case "name" -> "first_name";
            default -> field;
        };
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String blankToDefault(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }

    /** A GeoReport refusal with its HTTP status and the person's message. */
    static final class Open311Refusal extends LocalizedException {

        private final HttpStatus status;

        Open311Refusal(HttpStatus status, String messageCode, Object... arguments) {
            super(messageCode, arguments);
            this.status = status;
        }
    }
}
