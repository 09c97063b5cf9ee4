package id.sp4n.portal.integration;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import id.sp4n.portal.complaint.ComplaintDraft;
import id.sp4n.portal.complaint.ComplaintSubmitted;
import id.sp4n.portal.complaint.FieldProblem;
import id.sp4n.portal.complaint.IntakeChannel;
import id.sp4n.portal.complaint.IntakeRules;
import id.sp4n.portal.complaint.Submission;
import id.sp4n.portal.region.Region;
import id.sp4n.portal.region.RegionDirectory;
import id.sp4n.portal.shared.InvalidRequestException;
import id.sp4n.portal.shared.LocalizedException;
import org.springframework.context.event.EventListener;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Complaints filed by a connected system, through the form's intake rules with the system's agency as the door.
 * Every create names itself — by the system's own id of the complaint ({@code externalId}) or an
 * {@code Idempotency-Key} — so that a retry never makes a second complaint: the complaint's form key is derived from
 * that name ({@link IntakeKeys}), which the intake already keeps unique. The same name with a different body is
 * refused (422), as the IETF Idempotency-Key draft asks.
 */
@Service
public class SystemIntake {

    static final Pattern REQUEST_KEY = Pattern.compile("[\\x21-\\x7e]{1,100}");

    /** A complaint as a connected system sends it (the portal API's field names); the reporter is optional for none. */
    public record Incoming(String externalId, String type, String title, String description, String incidentDate,
                           String provinceCode, String regencyCode, String districtCode, String address,
                           String categoryCode, Boolean anonymous, Boolean confidential, Reporter reporter) {
    }

    public record Reporter(String name, String email, String phone) {
    }

    /** The complaint made (or found again: {@code submission.repeated()}), or every problem with it. */
    public record Filed(Optional<Submission> submission, List<FieldProblem> problems) {
    }

    /** The request's name was used before for a different body: nothing was filed. */
    @ResponseStatus(HttpStatus.UNPROCESSABLE_CONTENT)
    public static class KeyReused extends LocalizedException {

        KeyReused(String key) {
            super("integration.error.keyReused", key);
        }
    }

    private final IntakeRules intake;
    private final IntakeKeys keys;
    private final RegionDirectory regions;
    private final JdbcClient jdbc;
    /** How the connected system filing on this thread names the complaint, for {@link #remember}. */
    private static final ScopedValue<Naming> NAMING = ScopedValue.newInstance();

    private record Naming(long systemId, String requestKey, String externalId, String fingerprint) {
    }

    private final Clock clock;

    SystemIntake(IntakeRules intake, IntakeKeys keys, RegionDirectory regions, JdbcClient jdbc,
                 Clock clock) {
        this.intake = intake;
        this.keys = keys;
        this.regions = regions;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** {@code fingerprint}: a digest of the body as sent; {@code language}: "id" or "en", for the reporter's mail. */
    public Filed file(KeyHolder holder, Incoming incoming, String idempotencyKey, String fingerprint, String language) {
        String externalId = incoming.externalId() == null || incoming.externalId().isBlank() ? null
                : incoming.externalId().strip();
        if (externalId != null && !REQUEST_KEY.matcher(externalId).matches()) {
            throw new InvalidRequestException("integration.error.externalId");
        }
        if (externalId == null && idempotencyKey == null) {
            throw new InvalidRequestException("integration.error.requestKeyMissing");
        }
        if (externalId == null && !REQUEST_KEY.matcher(idempotencyKey).matches()) {
            throw new InvalidRequestException("integration.error.idempotencyKey");
        }
        String requestKey = externalId != null ? "external:" + externalId : "idempotency:" + idempotencyKey;
        String formKey = keys.derive(holder, externalId != null ? "external" : "idempotency",
                externalId != null ? externalId : idempotencyKey);
        Reporter reporter = incoming.reporter() == null ? new Reporter(null, null, null) : incoming.reporter();
        String regency = incoming.regencyCode();
        String province = incoming.provinceCode() != null && !incoming.provinceCode().isBlank() ? incoming.provinceCode()
                : regency == null ? null : regions.find(regency.strip()).map(Region::parentCode).orElse(null);
        ComplaintDraft draft = new ComplaintDraft(incoming.type(), incoming.title(), incoming.description(),
                incoming.incidentDate(), province, regency, incoming.districtCode(), incoming.address(),
                incoming.categoryCode(), null, Boolean.TRUE.equals(incoming.anonymous()),
                Boolean.TRUE.equals(incoming.confidential()), reporter.name(), reporter.email(), reporter.phone(),
                List.of(), IntakeChannel.CONNECTED_SYSTEM, holder.agencyCode(), null, language, null);
        // The derived form key finds a repeat without a look-up here; only a repeat needs its body compared.
        IntakeRules.Filed filed = ScopedValue.where(NAMING, new Naming(holder.systemId(), requestKey, externalId,
                fingerprint)).call(() -> intake.file(draft, formKey, List.of()));
        if (filed.submission().isPresent() && filed.submission().get().repeated()) {
            Optional<String> earlier = jdbc.sql("""
                            select fingerprint from system_intake where system_id = :system and request_key = :key""")
                    .param("system", holder.systemId()).param("key", requestKey).query(String.class).optional();
            if (earlier.isPresent() && !earlier.get().equals(fingerprint)) {
                throw new KeyReused(externalId != null ? externalId : idempotencyKey);
            }
        }
        return new Filed(filed.submission(), filed.problems());
    }

    /**
     * Stores the system's name for a complaint it files in the complaint's own transaction (the listener runs on the
     * filing thread, inside it), so the two are kept together or not at all and the filing costs no second commit.
     */
    @EventListener
    void remember(ComplaintSubmitted submitted) {
        if (!NAMING.isBound()) {
            return;
        }
        Naming naming = NAMING.get();
        jdbc.sql("""
                        insert into system_intake (system_id, request_key, external_id, tracking_number, fingerprint,
                                                   created_at)
                        values (:system, :key, :external, :number, :fingerprint, :now)
                        on conflict do nothing""")
                .param("system", naming.systemId()).param("key", naming.requestKey())
                .param("external", naming.externalId()).param("number", submitted.trackingNumber())
                .param("fingerprint", naming.fingerprint()).param("now", Timestamp.from(clock.instant())).update();
    }

    /** The system's own ids of the complaints it filed, by tracking number. */
    public java.util.Map<String, String> externalIds(KeyHolder holder, java.util.Collection<String> numbers) {
        if (numbers.isEmpty()) {
            return java.util.Map.of();
        }
        java.util.Map<String, String> found = new java.util.HashMap<>();
        jdbc.sql("""
                        select tracking_number, external_id from system_intake
                         where system_id = :system and external_id is not null and tracking_number in (:numbers)""")
                .param("system", holder.systemId()).param("numbers", numbers)
                .query((rs, row) -> found.put(rs.getString(1), rs.getString(2))).list();
        return found;
    }

    /** The complaint the system filed under its own id, if any. */
    public Optional<String> byExternalId(KeyHolder holder, String externalId) {
        return jdbc.sql("select tracking_number from system_intake where system_id = :system and external_id = :id")
                .param("system", holder.systemId()).param("id", externalId).query(String.class).optional();
    }
}
