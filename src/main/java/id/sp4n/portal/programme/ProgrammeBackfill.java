package id.sp4n.portal.programme;

import java.time.Clock;
import java.util.Map;

import id.sp4n.portal.audit.AuditLog;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Brings a programme's complaints filed before it was defined or changed into it: those filed while it ran that match
 * it as they are classified now. The national admin's button on the KSP desk (audited), and the demo history.
 */
@Service
@Transactional
public class ProgrammeBackfill {

    private final Programmes programmes;
    private final ProgrammeTagger tagger;
    private final AuditLog audit;
    private final Clock clock;

    ProgrammeBackfill(Programmes programmes, ProgrammeTagger tagger, AuditLog audit, Clock clock) {
        this.programmes = programmes;
        this.tagger = tagger;
        this.audit = audit;
        this.clock = clock;
    }

    /** How many complaints joined. */
    public int backfill(AuditLog.Actor actor, String code) {
        int joined = tagger.backfill(programmes.get(code), clock.instant());
        audit.record(actor, "PROGRAMME_BACKFILL", "programme", code, null, Map.of("joined", joined));
        return joined;
    }
}
