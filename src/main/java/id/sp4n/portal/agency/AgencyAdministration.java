package id.sp4n.portal.agency;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import id.sp4n.portal.audit.AuditLog;
import id.sp4n.portal.shared.ActionForbiddenException;
import id.sp4n.portal.shared.CsvFile;
import id.sp4n.portal.shared.CsvImportRejected;
import id.sp4n.portal.shared.EmailAddress;
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
    private final AgencyPermissions permissions;

    AgencyAdministration(JdbcClient jdbc, AgencyHierarchy hierarchy, HeldComplaints held, AuditLog audit,
                         AgencyPermissions permissions) {
        this.jdbc = jdbc;
        this.hierarchy = hierarchy;
        this.held = held;
        this.audit = audit;
        this.permissions = permissions;
    }

    /** The person acting: their account, name, whether they are the national admin, and their agency. */
    public record Admin(long accountId, String name, boolean national, String agencyCode) {
    }

    @Transactional(readOnly = true)
    public long unfinishedIn(String code) {
        return held.unfinishedAt(hierarchy.tree().subtreeCodes(code));
    }

    private static final java.util.regex.Pattern CODE =
            java.util.regex.Pattern.compile("[a-z0-9][a-z0-9.-]{0,60}(/[A-Z0-9-]{1,18})?");
    private static final java.util.regex.Pattern KIND = java.util.regex.Pattern.compile("[A-Z][A-Z0-9_-]{1,39}");

    /**
     * A new agency under an existing one, placed consistently (see {@link #fits}); a unit's code is its
     * government's code, a slash and its kind, and it covers its government's region. Agency admins add units to
     * governments inside their subtree; the national admin adds anything.
     */
    public void create(Admin admin, String code, String name, String kind, String tierName, String parentCode,
                       String regionCode) {
        AgencyTree tree = hierarchy.tree();
        AgencyNode parent = tree.find(parentCode).orElseThrow(() -> new InvalidRequestException(
                "agencies.error.parent", parentCode == null ? "" : parentCode));
        AgencyTier tier = tierName == null ? null : AgencyTier.parse(tierName).orElse(null);
        if (tier == null) {
            throw new InvalidRequestException("agencies.error.tierName");
        }
        if (!admin.national() && !(tier == AgencyTier.UNIT && permissions.mayAddBelow(admin, parent.code()))) {
            throw new ActionForbiddenException("agencies.refused");
        }
        String cleanCode = code == null ? "" : code.strip();
        String cleanKind = kind == null ? "" : kind.strip();
        if (!CODE.matcher(cleanCode).matches() || !KIND.matcher(cleanKind).matches()) {
            throw new InvalidRequestException("agencies.error.code");
        }
        if (name == null || name.strip().length() < 3 || name.strip().length() > 200) {
            throw new InvalidRequestException("agencies.error.name");
        }
        String region = tier == AgencyTier.UNIT ? parent.regionCode()
                : regionCode == null || regionCode.isBlank() ? null : regionCode.strip();
        if (tier == AgencyTier.UNIT && !cleanCode.equals(parent.code() + "/" + cleanKind)) {
            throw new InvalidRequestException("agencies.error.unitCode", parent.code() + "/" + cleanKind);
        }
        if ((tier == AgencyTier.PROVINCE || tier == AgencyTier.REGENCY) && (region == null
                || jdbc.sql("select count(*) from region where code = :code").param("code", region)
                        .query(Long.class).single() == 0)) {
            throw new InvalidRequestException("agencies.error.region");
        }
        AgencyNode created = new AgencyNode(cleanCode, name.strip(), cleanKind, tier, parent.code(),
                tier == AgencyTier.CENTRAL ? null : region, parent.depth() + 1);
        if (!fits(created, parent)) {
            throw new InvalidRequestException("agencies.error.tier", tier, parent.name());
        }
        if (jdbc.sql("select count(*) from agency where code = :code").param("code", cleanCode)
                .query(Long.class).single() > 0) {
            throw new InvalidRequestException("agencies.error.taken", cleanCode);
        }
        jdbc.sql("""
                        insert into agency (code, name, kind, tier, parent_id, region_code)
                        values (:code, :name, :kind, :tier, (select id from agency where code = :parent), :region)""")
                .param("code", cleanCode).param("name", created.name()).param("kind", cleanKind)
                .param("tier", tier.name()).param("parent", parent.code()).param("region", created.regionCode())
                .update();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("name", created.name());
        after.put("kind", cleanKind);
        after.put("tier", tier.name());
        after.put("parent", parent.code());
        after.put("region", created.regionCode());
        audit.record(new AuditLog.Actor(admin.accountId(), admin.name()), "AGENCY_CREATE", "agency", cleanCode, null,
                after);
        hierarchy.invalidate();
    }

    /** An agency's editable details. */
    public record Details(String name, boolean doorOpen, String contactEmail, String contactPhone,
                          String contactAddress) {
    }

    @Transactional(readOnly = true)
    public Details details(String code) {
        return jdbc.sql("""
                        select name, door_open, contact_email, contact_phone, contact_address from agency
                         where code = :code and active""")
                .param("code", code)
                .query((rs, row) -> new Details(rs.getString(1), rs.getBoolean(2), rs.getString(3), rs.getString(4),
                        rs.getString(5)))
                .optional().orElseThrow(() -> new RecordNotFoundException("agency.notFound", code));
    }

    /**
     * Renames an agency, opens or closes its own complaint door, and sets its public contacts. Agency admins for
     * their own agency and everything below it, the national admin everywhere.
     */
    public void edit(Admin admin, String code, Details changed) {
        AgencyTree tree = hierarchy.tree();
        if (!tree.contains(code)) {
            throw new RecordNotFoundException("agency.notFound", code);
        }
        if (!permissions.mayEdit(admin, code)) {
            throw new ActionForbiddenException("agencies.refused");
        }
        String name = changed.name() == null ? "" : changed.name().strip();
        if (name.length() < 3 || name.length() > 200) {
            throw new InvalidRequestException("agencies.error.name");
        }
        String email = blank(changed.contactEmail());
        String phone = blank(changed.contactPhone());
        String address = blank(changed.contactAddress());
        if ((email != null && !EmailAddress.isDeliverable(email))
                || (phone != null && (phone.length() < 6 || phone.length() > 32))
                || (address != null && address.length() > 300)) {
            throw new InvalidRequestException("agencies.error.contact");
        }
        Details before = details(code);
        jdbc.sql("""
                        update agency set name = :name, door_open = :door, contact_email = :email, contact_phone = :phone,
                                          contact_address = :address, version = version + 1 where code = :code""")
                .param("name", name).param("door", changed.doorOpen()).param("email", email).param("phone", phone)
                .param("address", address).param("code", code).update();
        audit.record(new AuditLog.Actor(admin.accountId(), admin.name()), "AGENCY_EDIT", "agency", code,
                state(before), state(new Details(name, changed.doorOpen(), email, phone, address)));
        hierarchy.invalidate();
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static Map<String, Object> state(Details details) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("name", details.name());
        state.put("doorOpen", details.doorOpen());
        state.put("email", details.contactEmail());
        state.put("phone", details.contactPhone());
        state.put("address", details.contactAddress());
        return state;
    }

    static final List<String> CSV_COLUMNS = List.of("code", "name", "kind", "tier", "parent_code", "region_code");

    /** Every active agency as CSV, parents before children, in the columns {@link #importCsv} reads. */
    @Transactional(readOnly = true)
    public String exportCsv() {
        StringBuilder csv = new StringBuilder(CsvFile.row(CSV_COLUMNS.toArray(String[]::new)));
        jdbc.sql("""
                        select a.code, a.name, a.kind, a.tier, p.code as parent_code, a.region_code
                          from agency a left join agency p on p.id = a.parent_id
                         where a.active order by nlevel(a.path), a.code""")
                .query((rs, row) -> csv.append(CsvFile.row(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6))))
                .list();
        return csv.toString();
    }

    /**
     * Adds the agencies of a CSV file (parents must exist already). Every line is checked with the same rules as
     * {@link #create}; any problem, reported with its line number, imports nothing. Returns how many were added.
     */
    public int importCsv(Admin admin, String text) {
        if (!CsvFile.header(text).equals(CSV_COLUMNS)) {
            throw new CsvImportRejected(List.of(new CsvImportRejected.Problem(1, "csv.error.header",
                    new Object[] {String.join(",", CSV_COLUMNS)})));
        }
        List<CsvImportRejected.Problem> problems = new java.util.ArrayList<>();
        int added = 0;
        for (CsvFile.Line line : CsvFile.lines(text)) {
            Map<String, String> f = line.fields();
            try {
                create(admin, f.get("code"), f.get("name"), f.get("kind"), f.get("tier"), f.get("parent_code"),
                        f.get("region_code"));
                added++;
            } catch (id.sp4n.portal.shared.LocalizedException problem) {
                problems.add(new CsvImportRejected.Problem(line.number(), problem.messageCode(), problem.arguments()));
            }
        }
        if (!problems.isEmpty()) {
            // Thrown out of the transaction: the agencies added from the good lines are rolled back too.
            throw new CsvImportRejected(problems);
        }
        return added;
    }

    /**
     * Moves an agency (with its subtree) under another parent, keeping the tiers consistent: a central body under
     * the root or another central body, a province's government under the root, a regency/city's government under
     * its province's government, a unit under a government of the same region; never under itself. Unfinished
     * complaints of the subtree go to a successor first (their routing was decided for the old place). National
     * admin only.
     */
    public void move(Admin admin, String code, String newParentCode, String successorCode, String reason) {
        if (!permissions.mayMove(admin)) {
            throw new ActionForbiddenException("agencies.refused.move");
        }
        AgencyTree tree = hierarchy.tree();
        AgencyNode agency = tree.find(code).orElseThrow(() -> new RecordNotFoundException("agency.notFound", code));
        AgencyNode parent = tree.find(newParentCode).orElseThrow(() -> new InvalidRequestException(
                "agencies.error.parent", newParentCode == null ? "" : newParentCode));
        if (agency.isRoot()) {
            throw new InvalidRequestException("agencies.error.root");
        }
        List<String> subtree = tree.subtreeCodes(code);
        if (subtree.contains(parent.code())) {
            throw new InvalidRequestException("agencies.error.cycle");
        }
        if (parent.code().equals(agency.parentCode())) {
            throw new InvalidRequestException("agencies.error.sameParent");
        }
        if (!fits(agency, parent)) {
            throw new InvalidRequestException("agencies.error.tier", agency.tier(), parent.name());
        }
        int handed = handOverIfNeeded(admin, subtree, successorCode, reason);
        String before = agency.parentCode();
        jdbc.sql("""
                        update agency set parent_id = (select id from agency where code = :parent), version = version + 1
                         where code = :code""")
                .param("parent", parent.code()).param("code", code).update();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("parent", parent.code());
        after.put("complaintsHandedOver", handed);
        audit.record(new AuditLog.Actor(admin.accountId(), admin.name()), "AGENCY_MOVE", "agency", code,
                Map.of("parent", before), after);
        hierarchy.invalidate();
    }

    /** Domain.md's tiers: where each kind of agency may sit. */
    private static boolean fits(AgencyNode agency, AgencyNode parent) {
        return switch (agency.tier()) {
            case CENTRAL -> parent.isRoot() || parent.tier() == AgencyTier.CENTRAL;
            case PROVINCE -> parent.isRoot();
            case REGENCY -> parent.tier() == AgencyTier.PROVINCE && agency.regionCode() != null
                    && agency.regionCode().startsWith(parent.regionCode() + ".");
            case UNIT -> (parent.tier() == AgencyTier.PROVINCE || parent.tier() == AgencyTier.REGENCY)
                    && java.util.Objects.equals(parent.regionCode(), agency.regionCode());
        };
    }

    /** Unfinished complaints in the subtree go to an active successor outside it, with a reason; else refused. */
    private int handOverIfNeeded(Admin admin, List<String> subtree, String successorCode, String reason) {
        long unfinished = held.unfinishedAt(subtree);
        if (unfinished == 0) {
            return 0;
        }
        String successor = successorCode == null || successorCode.isBlank() ? null : successorCode.strip();
        if (successor == null) {
            throw new InvalidRequestException("agencies.error.successorRequired", unfinished);
        }
        if (!hierarchy.tree().contains(successor) || subtree.contains(successor)) {
            throw new InvalidRequestException("agencies.error.successor", successor);
        }
        if (reason == null || reason.isBlank()) {
            throw new InvalidRequestException("agencies.error.reason");
        }
        return held.handOver(subtree, successor, admin.accountId(), reason.strip());
    }

    public void deactivate(Admin admin, String code, String successorCode, String reason) {
        AgencyTree tree = hierarchy.tree();
        AgencyNode agency = tree.find(code).orElseThrow(() -> new RecordNotFoundException("agency.notFound", code));
        if (agency.isRoot()) {
            throw new InvalidRequestException("agencies.error.root");
        }
        if (!permissions.mayDeactivate(admin, code)) {
            throw new ActionForbiddenException("agencies.refused");
        }
        List<String> subtree = tree.subtreeCodes(code);
        String successor = successorCode == null || successorCode.isBlank() ? null : successorCode.strip();
        held.holdArrivals();
        int handed = handOverIfNeeded(admin, subtree, successor, reason);
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
