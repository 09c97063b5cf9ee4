package id.sp4n.portal.integration;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import id.sp4n.portal.agency.AgencyHierarchy;
import id.sp4n.portal.complaint.ConnectedCasework;
import id.sp4n.portal.complaint.ServiceRequests;
import id.sp4n.portal.shared.ActionForbiddenException;
import id.sp4n.portal.shared.FormInput;
import id.sp4n.portal.shared.InvalidRequestException;
import id.sp4n.portal.shared.RecordNotFoundException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Changes a connected system sends for a complaint its subtree holds — verify, respond, hold, forward, archive —
 * applied through the officers' casework as the system's account. Each names itself ({@code updateId}) and the
 * complaint's version it was made against: a replay answers what the first one did without doing it again; an update
 * made against an older version is recorded (STALE) but never applied over the newer state. Updates that break a
 * rule are refused and leave nothing behind.
 */
@Service
public class SystemUpdates {

    /**
     * An update as the system sends it. {@code madeAt} (optional): when it was made in the regional app — an update
     * made before the complaint's last change is late whatever its version (Open311 updates carry only this).
     */
    public record Incoming(String updateId, Long version, String action, String text, String targetAgencyCode,
                           String archiveReason, String originalNumber, Instant madeAt) {
    }

    public enum Outcome {
        APPLIED, STALE
    }

    /** What became of an update; {@code replayed}: it had been received before; {@code version}: the current one. */
    public record Result(Outcome outcome, boolean replayed, ServiceRequests.Request complaint) {
    }

    private final ConnectedCasework casework;
    private final ServiceRequests requests;
    private final AgencyHierarchy agencies;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final JsonMapper json;
    private final Clock clock;

    SystemUpdates(ConnectedCasework casework, ServiceRequests requests, AgencyHierarchy agencies, JdbcClient jdbc,
                  TransactionTemplate transaction, JsonMapper json, Clock clock) {
        this.casework = casework;
        this.requests = requests;
        this.agencies = agencies;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.json = json;
        this.clock = clock;
    }

    public Result apply(KeyHolder holder, String trackingNumber, Incoming update) {
        String updateId = update.updateId() == null ? null : update.updateId().strip();
        if (updateId == null || !SystemIntake.REQUEST_KEY.matcher(updateId).matches()) {
            throw new InvalidRequestException("integration.error.updateId");
        }
        if (update.version() == null || update.version() < 0) {
            throw new InvalidRequestException("integration.error.version");
        }
        ConnectedCasework.Action action = FormInput.choice(ConnectedCasework.Action.class, update.action(),
                "integration.error.action");
        String number = trackingNumber.strip().toUpperCase(java.util.Locale.ROOT);
        String holderCode = requests.holder(number)
                .orElseThrow(() -> new RecordNotFoundException("complaint.notFound", trackingNumber));
        List<String> subtree = agencies.tree().subtreeCodes(holder.agencyCode());
        if (!subtree.contains(holderCode)) {
            throw new ActionForbiddenException("integration.api.outsideSubtree", number);
        }
        Optional<Outcome> earlier = recorded(holder, updateId);
        if (earlier.isPresent()) {
            return new Result(earlier.get(), true, current(number, subtree));
        }
        ConnectedCasework.Actor actor = new ConnectedCasework.Actor(holder.accountId(), holder.systemName(),
                holder.agencyCode());
        ConnectedCasework.Change change = new ConnectedCasework.Change(action, update.version(), update.text(),
                update.targetAgencyCode(), update.archiveReason(), update.originalNumber());
        ServiceRequests.Request before = current(number, subtree);
        if (update.madeAt() != null && before.updatedAt() != null && before.updatedAt().isAfter(update.madeAt())) {
            transaction.executeWithoutResult(status -> record(holder, updateId, number, action, update, Outcome.STALE));
            return new Result(recorded(holder, updateId).orElse(Outcome.STALE), false, before);
        }
        try {
            transaction.executeWithoutResult(status -> {
                record(holder, updateId, number, action, update, Outcome.APPLIED);
                casework.apply(actor, number, change);
            });
            return new Result(Outcome.APPLIED, false, current(number, subtree));
        } catch (ConnectedCasework.ChangedMeanwhile late) {
            transaction.executeWithoutResult(status -> record(holder, updateId, number, action, update, Outcome.STALE));
            return new Result(recorded(holder, updateId).orElse(Outcome.STALE), false, current(number, subtree));
        } catch (DuplicateKeyException twin) {
            // The same update arrived twice at once and the other one was recorded first.
            return new Result(recorded(holder, updateId).orElseThrow(() -> twin), true, current(number, subtree));
        }
    }

    private ServiceRequests.Request current(String number, List<String> subtree) {
        // A forward may take the complaint out of the subtree: then it is read without that limit.
        return requests.get(number, subtree).or(() -> requests.get(number, List.of(requests.holder(number).orElse(""))))
                .orElseThrow(() -> new RecordNotFoundException("complaint.notFound", number));
    }

    private Optional<Outcome> recorded(KeyHolder holder, String updateId) {
        return jdbc.sql("select outcome from system_update where system_id = :system and update_id = :id")
                .param("system", holder.systemId()).param("id", updateId)
                .query((rs, row) -> Outcome.valueOf(rs.getString(1))).optional();
    }

    private void record(KeyHolder holder, String updateId, String number, ConnectedCasework.Action action,
                        Incoming update, Outcome outcome) {
        // An applied update must be the only one of its id (a twin fails and reads this one's outcome); a stale one
        // is only kept, so a twin of it changes nothing.
        String twins = outcome == Outcome.APPLIED ? "" : " on conflict do nothing";
        jdbc.sql("""
                        insert into system_update (system_id, update_id, tracking_number, action, sent_version, outcome,
                                                   body, received_at)
                        values (:system, :id, :number, :action, :version, :outcome, cast(:body as jsonb), :now)"""
                        + twins)
                .param("system", holder.systemId()).param("id", updateId).param("number", number)
                .param("action", action.name()).param("version", update.version()).param("outcome", outcome.name())
                .param("body", json.writeValueAsString(update)).param("now", Timestamp.from(clock.instant()))
                .update();
    }
}
