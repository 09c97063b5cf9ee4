package id.sp4n.portal.routing;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import id.sp4n.portal.agency.AgencyHierarchy;
import id.sp4n.portal.audit.AuditLog;
import id.sp4n.portal.category.CategoryCatalogue;
import id.sp4n.portal.region.Region;
import id.sp4n.portal.region.RegionDirectory;
import id.sp4n.portal.region.RegionLevel;
import id.sp4n.portal.shared.CsvFile;
import id.sp4n.portal.shared.CsvImportRejected;
import id.sp4n.portal.shared.InvalidRequestException;
import id.sp4n.portal.shared.RecordNotFoundException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The national admin's responsibility rules: "complaints of this category in this province or regency/city go
 * to this agency from this date". The more specific region wins; among equals, the later start. Every change is
 * validated as a whole, audited with before and after, and routing uses it at once on this instance (and within
 * a second on the others).
 */
@Service
@Transactional
public class RuleAdministration {

    static final int NOTE_MAX = 300;

    private final JdbcClient jdbc;
    private final ResponsibilityRules rules;
    private final AgencyHierarchy hierarchy;
    private final CategoryCatalogue categories;
    private final RegionDirectory regions;
    private final AuditLog audit;

    RuleAdministration(JdbcClient jdbc, ResponsibilityRules rules, AgencyHierarchy hierarchy,
                       CategoryCatalogue categories, RegionDirectory regions, AuditLog audit) {
        this.jdbc = jdbc;
        this.rules = rules;
        this.hierarchy = hierarchy;
        this.categories = categories;
        this.regions = regions;
        this.audit = audit;
    }

    /** A rule as the administration pages show it. */
    public record RuleView(long id, String categoryCode, String regionCode, String agencyCode,
                           LocalDate effectiveFrom, String note) {
    }

    /** What an administrator typed; every field is checked before anything is written. */
    public record RuleInput(String categoryCode, String regionCode, String agencyCode, LocalDate effectiveFrom,
                            String note) {
    }

    @Transactional(readOnly = true)
    public List<RuleView> all() {
        return jdbc.sql("""
                        select id, category_code, region_code, agency_code, effective_from, note
                          from responsibility_rule order by category_code, region_code, effective_from""")
                .query((rs, row) -> new RuleView(rs.getLong("id"), rs.getString("category_code"),
                        rs.getString("region_code"), rs.getString("agency_code"),
                        rs.getObject("effective_from", LocalDate.class), rs.getString("note")))
                .list();
    }

    public long create(AuditLog.Actor actor, RuleInput input) {
        RuleInput rule = validated(input);
        try {
            long id = jdbc.sql("""
                            insert into responsibility_rule (category_code, region_code, agency_code, effective_from, note)
                            values (:category, :region, :agency, :from, :note) returning id""")
                    .param("category", rule.categoryCode()).param("region", rule.regionCode())
                    .param("agency", rule.agencyCode()).param("from", rule.effectiveFrom()).param("note", rule.note())
                    .query(Long.class).single();
            audit.record(actor, "RULE_CREATE", "responsibility_rule", String.valueOf(id), null, state(rule));
            rules.invalidate();
            return id;
        } catch (DuplicateKeyException taken) {
            throw new InvalidRequestException("rules.error.duplicate");
        }
    }

    static final List<String> CSV_COLUMNS = List.of("category_code", "region_code", "agency_code", "effective_from",
            "note");

    /** All rules as CSV, in the columns {@link #importCsv} reads. */
    @Transactional(readOnly = true)
    public String exportCsv() {
        StringBuilder csv = new StringBuilder(CsvFile.row(CSV_COLUMNS.toArray(String[]::new)));
        for (RuleView rule : all()) {
            csv.append(CsvFile.row(rule.categoryCode(), rule.regionCode(), rule.agencyCode(),
                    rule.effectiveFrom().toString(), rule.note()));
        }
        return csv.toString();
    }

    /**
     * Adds the rules of a CSV file: the whole file is checked first and every problem reported with its line
     * number; only a file without problems is imported, all of it in this transaction. Returns how many rules.
     */
    public int importCsv(AuditLog.Actor actor, String text) {
        List<CsvImportRejected.Problem> problems = new java.util.ArrayList<>();
        if (!CsvFile.header(text).equals(CSV_COLUMNS)) {
            throw new CsvImportRejected(List.of(new CsvImportRejected.Problem(1, "csv.error.header",
                    new Object[] {String.join(",", CSV_COLUMNS)})));
        }
        List<RuleInput> valid = new java.util.ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (CsvFile.Line line : CsvFile.lines(text)) {
            try {
                Map<String, String> f = line.fields();
                LocalDate from;
                try {
                    from = LocalDate.parse(f.get("effective_from"));
                } catch (java.time.format.DateTimeParseException e) {
                    throw new InvalidRequestException("rules.error.from");
                }
                RuleInput rule = validated(new RuleInput(f.get("category_code"), f.get("region_code"),
                        f.get("agency_code"), from, f.get("note")));
                String key = rule.categoryCode() + "|" + rule.regionCode() + "|" + rule.effectiveFrom();
                boolean exists = jdbc.sql("""
                                select count(*) from responsibility_rule
                                 where category_code = :c and region_code = :r and effective_from = :f""")
                        .param("c", rule.categoryCode()).param("r", rule.regionCode()).param("f", rule.effectiveFrom())
                        .query(Long.class).single() > 0;
                if (!seen.add(key) || exists) {
                    throw new InvalidRequestException("rules.error.duplicate");
                }
                valid.add(rule);
            } catch (InvalidRequestException problem) {
                problems.add(new CsvImportRejected.Problem(line.number(), problem.messageCode(), problem.arguments()));
            }
        }
        if (!problems.isEmpty()) {
            throw new CsvImportRejected(problems);
        }
        valid.forEach(rule -> create(actor, rule));
        return valid.size();
    }

    /** Changes a rule's agency, start date or note (its category and region define it; change those by a new rule). */
    public void edit(AuditLog.Actor actor, long id, String agencyCode, LocalDate effectiveFrom, String note) {
        RuleView before = all().stream().filter(r -> r.id() == id).findFirst()
                .orElseThrow(() -> new RecordNotFoundException("rules.notFound", id));
        RuleInput rule = validated(new RuleInput(before.categoryCode(), before.regionCode(), agencyCode, effectiveFrom,
                note));
        try {
            jdbc.sql("""
                            update responsibility_rule set agency_code = :agency, effective_from = :from, note = :note,
                                                           version = version + 1 where id = :id""")
                    .param("agency", rule.agencyCode()).param("from", rule.effectiveFrom()).param("note", rule.note())
                    .param("id", id).update();
        } catch (DuplicateKeyException taken) {
            throw new InvalidRequestException("rules.error.duplicate");
        }
        audit.record(actor, "RULE_EDIT", "responsibility_rule", String.valueOf(id), state(new RuleInput(
                before.categoryCode(), before.regionCode(), before.agencyCode(), before.effectiveFrom(),
                before.note())), state(rule));
        rules.invalidate();
    }

    public void delete(AuditLog.Actor actor, long id) {
        RuleView before = all().stream().filter(r -> r.id() == id).findFirst()
                .orElseThrow(() -> new RecordNotFoundException("rules.notFound", id));
        jdbc.sql("delete from responsibility_rule where id = :id").param("id", id).update();
        audit.record(actor, "RULE_DELETE", "responsibility_rule", String.valueOf(id), state(new RuleInput(
                before.categoryCode(), before.regionCode(), before.agencyCode(), before.effectiveFrom(),
                before.note())), null);
        rules.invalidate();
    }

    private RuleInput validated(RuleInput input) {
        if (input.categoryCode() == null || categories.find(input.categoryCode()).isEmpty()) {
            throw new InvalidRequestException("rules.error.category");
        }
        Region region = input.regionCode() == null ? null : regions.find(input.regionCode())
                .filter(r -> r.level() != RegionLevel.DISTRICT).orElse(null);
        if (region == null) {
            throw new InvalidRequestException("rules.error.region");
        }
        if (input.agencyCode() == null || !hierarchy.tree().contains(input.agencyCode())) {
            throw new InvalidRequestException("rules.error.agency", input.agencyCode() == null ? "" : input.agencyCode());
        }
        if (input.effectiveFrom() == null) {
            throw new InvalidRequestException("rules.error.from");
        }
        String note = input.note() == null || input.note().isBlank() ? null : input.note().strip();
        if (note != null && note.length() > NOTE_MAX) {
            throw new InvalidRequestException("casework.text.tooLong", NOTE_MAX);
        }
        return new RuleInput(input.categoryCode(), region.code(), input.agencyCode(), input.effectiveFrom(), note);
    }

    private static Map<String, Object> state(RuleInput rule) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("category", rule.categoryCode());
        state.put("region", rule.regionCode());
        state.put("agency", rule.agencyCode());
        state.put("from", rule.effectiveFrom().toString());
        state.put("note", rule.note());
        return state;
    }
}
