package id.sp4n.portal.integration.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import id.sp4n.portal.agency.AgencyHierarchy;
import id.sp4n.portal.complaint.ComplaintStatus;
import id.sp4n.portal.complaint.FieldProblem;
import id.sp4n.portal.complaint.ServiceRequests;
import id.sp4n.portal.complaint.Submission;
import id.sp4n.portal.integration.KeyHolder;
import id.sp4n.portal.integration.SystemIntake;
import id.sp4n.portal.integration.SystemUpdates;
import id.sp4n.portal.shared.ActionForbiddenException;
import id.sp4n.portal.shared.InvalidRequestException;
import id.sp4n.portal.shared.LocalizedException;
import id.sp4n.portal.shared.PortalAddress;
import id.sp4n.portal.shared.RecordNotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * The REST calls of connected systems (docs/0050): file a complaint (once per external id or Idempotency-Key), read
 * the complaints the key's subtree holds (with a change cursor for sync), and send updates that the officers' casework
 * applies as the system. A complaint held outside the subtree is refused (403) and left unchanged; errors are the
 * portal API's {@code status}, {@code error}, {@code message} (and {@code fields} for a refused complaint), in English
 * when {@code Accept-Language} asks for it.
 */
@RestController
class SystemApiController {

    static final String BASE = "/api/v1/integration/complaints";
    private static final int DEFAULT_PAGE_SIZE = 100;

    private final SystemIntake intake;
    private final SystemUpdates updates;
    private final ServiceRequests requests;
    private final AgencyHierarchy agencies;
    private final PortalAddress address;
    private final MessageSource messages;
    private final JsonMapper json;
    private final IntegrationRefusals refusals;

    SystemApiController(SystemIntake intake, SystemUpdates updates, ServiceRequests requests, AgencyHierarchy agencies,
                        PortalAddress address, MessageSource messages, JsonMapper json, IntegrationRefusals refusals) {
        this.refusals = refusals;
        this.intake = intake;
        this.updates = updates;
        this.requests = requests;
        this.agencies = agencies;
        this.address = address;
        this.messages = messages;
        this.json = json;
    }

    record FiledJson(String trackingNumber, String externalId, String trackingUrl, String privateTrackingUrl,
                     boolean replayed) {
    }

    record ComplaintJson(String trackingNumber, String externalId, ComplaintStatus status, String statusNotes,
                         String categoryCode, String title, String description, String agencyCode,
                         String provinceCode, String regencyCode, String address, boolean anonymous,
                         boolean confidential, ServiceRequests.Contact reporter, Instant submittedAt,
                         Instant updatedAt, LocalDate dueOn, long version) {
    }

    record PageJson(List<ComplaintJson> items, int page, int size) {
    }

    record UpdatedJson(SystemUpdates.Outcome outcome, boolean replayed, ComplaintJson complaint) {
    }

    @PostMapping(BASE)
    ResponseEntity<?> file(@AuthenticationPrincipal KeyHolder holder, @RequestBody byte[] body,
                           @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
                           HttpServletRequest call) {
        Locale locale = IntegrationRefusals.locale(call);
        SystemIntake.Incoming incoming = read(body, SystemIntake.Incoming.class);
        SystemIntake.Filed filed = intake.file(holder, incoming, idempotencyKey, CallParameters.fingerprint(body),
                locale.getLanguage().equals("en") ? "en" : "id");
        if (filed.submission().isEmpty()) {
            List<IntegrationRefusals.FieldJson> fields = filed.problems().stream().map(p -> field(p, locale)).toList();
            return ResponseEntity.badRequest().body(new IntegrationRefusals.RefusedJson(400, "Bad Request",
                    messages.getMessage("intake.error.summary", new Object[] {fields.size()}, locale), fields));
        }
        Submission submission = filed.submission().get();
        String number = submission.trackingNumber().value();
        return ResponseEntity.status(submission.repeated() ? HttpStatus.OK : HttpStatus.CREATED)
                .header("Idempotent-Replayed", String.valueOf(submission.repeated()))
                .body(new FiledJson(number, incoming.externalId(), address.publicUrl() + "/lacak/" + number,
                        address.publicUrl() + "/lacak/" + number + "?kunci=" + submission.accessKey(),
                        submission.repeated()));
    }

    @GetMapping(BASE)
    PageJson list(@AuthenticationPrincipal KeyHolder holder,
                  @RequestParam(required = false) String updatedAfter,
                  @RequestParam(required = false) String externalId,
                  @RequestParam(required = false) String page, @RequestParam(required = false) String size) {
        int pageNumber = CallParameters.number(page, 0, Integer.MAX_VALUE, 0, "page");
        int pageSize = CallParameters.number(size, 1, ServiceRequests.MAX_PAGE_SIZE, DEFAULT_PAGE_SIZE, "size");
        List<String> numbers = null;
        if (externalId != null && !externalId.isBlank()) {
            numbers = intake.byExternalId(holder, externalId.strip()).map(List::of).orElse(List.of("-"));
        }
        List<ServiceRequests.Request> found = requests.find(new ServiceRequests.Query(numbers, null, null, null, null,
                CallParameters.dateTime(updatedAfter, "updatedAfter"), subtree(holder), pageNumber, pageSize));
        Map<String, String> externalIds = intake.externalIds(holder,
                found.stream().map(ServiceRequests.Request::trackingNumber).toList());
        return new PageJson(found.stream().map(r -> json(r, externalIds.get(r.trackingNumber()))).toList(),
                pageNumber, pageSize);
    }

    @GetMapping(BASE + "/{number}")
    ComplaintJson one(@AuthenticationPrincipal KeyHolder holder, @PathVariable String number) {
        String wanted = number.strip().toUpperCase(Locale.ROOT);
        ServiceRequests.Request found = requests.get(wanted, subtree(holder)).orElseThrow(() -> outside(wanted));
        return json(found, intake.externalIds(holder, List.of(wanted)).get(wanted));
    }

    @PostMapping(BASE + "/{number}/updates")
    ResponseEntity<UpdatedJson> update(@AuthenticationPrincipal KeyHolder holder, @PathVariable String number,
                                       @RequestBody byte[] body) {
        SystemUpdates.Result result = updates.apply(holder, number, read(body, SystemUpdates.Incoming.class));
        ServiceRequests.Request complaint = result.complaint();
        UpdatedJson answer = new UpdatedJson(result.outcome(), result.replayed(), json(complaint,
                intake.externalIds(holder, List.of(complaint.trackingNumber())).get(complaint.trackingNumber())));
        return ResponseEntity.status(result.outcome() == SystemUpdates.Outcome.STALE ? HttpStatus.CONFLICT
                : HttpStatus.OK).body(answer);
    }

    @ExceptionHandler(LocalizedException.class)
    ResponseEntity<IntegrationRefusals.RefusedJson> refused(LocalizedException refusal, HttpServletRequest call) {
        return refusals.api(refusal, call);
    }

    private <T> T read(byte[] body, Class<T> type) {
        try {
            return json.readValue(CallParameters.utf8(body), type);
        } catch (RuntimeException malformed) {
            throw new InvalidRequestException("integration.error.json");
        }
    }

    /** Unknown numbers are not found; a complaint held outside the key's subtree is refused. */
    private LocalizedException outside(String number) {
        return requests.holder(number).<LocalizedException>map(h -> new ActionForbiddenException(
                "integration.api.outsideSubtree", number))
                .orElseGet(() -> new RecordNotFoundException("complaint.notFound", number));
    }

    private List<String> subtree(KeyHolder holder) {
        return agencies.tree().subtreeCodes(holder.agencyCode());
    }

    private IntegrationRefusals.FieldJson field(FieldProblem problem, Locale locale) {
        return new IntegrationRefusals.FieldJson(problem.field(), messages.getMessage(problem.messageCode(), problem.arguments(), locale));
    }

    private static ComplaintJson json(ServiceRequests.Request r, String externalId) {
        return new ComplaintJson(r.trackingNumber(), externalId, r.status(), r.statusNotes(), r.categoryCode(),
                r.title(), r.description(), r.agencyCode(), r.provinceCode(), r.regencyCode(), r.address(),
                r.anonymous(), r.confidential(), r.reporter(), r.submittedAt(), r.updatedAt(), r.dueOn(), r.version());
    }
}
