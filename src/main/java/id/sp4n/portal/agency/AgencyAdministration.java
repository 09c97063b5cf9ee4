package id.sp4n.portal.agency;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import id.sp4n.portal.audit.AuditLog;
import id.sp4n.portal.shared.ActionForbiddenException;
import id.sp4n.portal.shared.InvalidRequestException;
import id.sp4n.portal.shared.RecordNotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes to the hierarchy that can strand complaints. Deactivating an agency deactivates its whole subtree; if
 * any of them holds unfinished complaints, a successor (active, outside that subtree) must be named, and receives
 * them as hops in the same transaction. Agency admins act inside their subtree (not on their own agency), the
 * national admin everywhere but the root. Audited.
 */
@Service
@Transactional
public class AgencyAdministration {

    private final JdbcClient jdbc;
    private final AgencyHierarchy hierarchy;
    private final HeldComplaints held;
    private final AuditLog audit;

    AgencyAdministration(JdbcClient jdbc, AgencyHierarchy hierarchy, HeldComplaints held, AuditLog audit) {
        this.jdbc = jdbc;
        this.hierarchy = hierarchy;
        this.held = held;
        this.audit = audit;
    }

    /** The person acting: their account, name, whether they are the national admin, and their agency. */
    public record Admin(long accountId, String name, boolean national, String agencyCode) {
    }

    @Transactional(readOnly = true)
    public long unfinishedIn(String code) {
        return held.unfinishedAt(hierarchy.tree().subtreeCodes(code));
    }

    public void deactivate(Admin admin, String code, String successorCode, String reason) {
        AgencyTree tree = hierarchy.tree();
        AgencyNode agency = tree.find(code).orElseThrow(() -> new RecordNotFoundException("agency.notFound", code));
        if (agency.isRoot()) {
            throw new InvalidRequestException("agencies.error.root");
        }
        boolean allowed = admin.national() || (!code.equals(admin.agencyCode())
                && tree.isWithin(code, admin.agencyCode()));
        if (!allowed) {
            throw new ActionForbiddenException("agencies.refused");
        }
        List<String> subtree = tree.subtreeCodes(code);
        long unfinished = held.unfinishedAt(subtree);
        String successor = successorCode == null || successorCode.isBlank() ? null : successorCode.strip();
        if (unfinished > 0) {
            if (successor == null) {
                throw new InvalidRequestException("agencies.error.successorRequired", unfinished);
            }
            if (!tree.contains(successor) || subtree.contains(successor)) {
                throw new InvalidRequestException("agencies.error.successor", successor);
            }
            if (reason == null || reason.isBlank()) {
                throw new InvalidRequestException("agencies.error.reason");
            }
        }
        int handed = unfinished > 0 ? held.handOver(subtree, successor, admin.accountId(), reason.strip()) : 0;
        jdbc.sql("update agency set active = false, version = version + 1 where code = any(:codes)")
                .param("codes", subtree.toArray(String[]::new)).update();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("active", false);
        after.put("deactivated", subtree.size());
        after.put("successor", successor);
        after.put("complaintsHandedOver", handed);
        audit.record(new AuditLog.Actor(admin.accountId(), admin.name()), "AGENCY_DEACTIVATE", "agency", code,
                Map.of("active", true), after);
        hierarchy.invalidate();
    }
}
