package id.sp4n.portal.programme;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import id.sp4n.portal.audit.AuditLog;
import id.sp4n.portal.category.CategoryCatalogue;
import id.sp4n.portal.shared.FormInput;
import id.sp4n.portal.shared.InvalidRequestException;
import id.sp4n.portal.shared.RecordNotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The programmes, kept by the national admin (audited). A changed definition applies to complaints filed or verified
 * from then on; complaints tagged before keep their tag (docs/0045).
 */
@Service
@Transactional
public class Programmes {

    private static final String COLUMNS = "code, name, name_en, summary, category_codes, keywords, starts_on, ends_on,"
            + " own_door, version, updated_at";
    private static final String KEYWORD = "[\\p{L}\\p{N} -]{2,60}";

    private final JdbcClient jdbc;
    private final CategoryCatalogue categories;
    private final AuditLog audit;
    private final Clock clock;

    Programmes(JdbcClient jdbc, CategoryCatalogue categories, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.categories = categories;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Programme> all() {
        return jdbc.sql("select " + COLUMNS + " from programme order by name").query(Programmes::programme).list();
    }

    @Transactional(readOnly = true)
    public Optional<Programme> find(String code) {
        return jdbc.sql("select " + COLUMNS + " from programme where code = ?").param(code)
                .query(Programmes::programme).optional();
    }

    @Transactional(readOnly = true)
    public Programme get(String code) {
        return find(code).orElseThrow(() -> new RecordNotFoundException("programme.error.notFound",
                FormInput.shortened(code)));
    }

    /** Those running on {@code day} (WIB). */
    @Transactional(readOnly = true)
    List<Programme> runningOn(LocalDate day) {
        return jdbc.sql("select " + COLUMNS + " from programme where starts_on <= :day"
                        + " and (ends_on is null or ends_on >= :day) order by code")
                .param("day", day).query(Programmes::programme).list();
    }

    public Programme create(AuditLog.Actor actor, ProgrammeForm form) {
        Checked checked = check(form);
        String code = FormInput.requiredText(form.code(), 40, "programme.error.code").toLowerCase(Locale.ROOT);
        if (!code.matches("[a-z0-9-]{1,40}")) {
            throw new InvalidRequestException("programme.error.code");
        }
        if (find(code).isPresent()) {
            throw new InvalidRequestException("programme.error.taken", code);
        }
        jdbc.sql("""
                        insert into programme (code, name, name_en, summary, category_codes, keywords, starts_on,
                                               ends_on, own_door, updated_at)
                        values (:code, :name, :nameEn, :summary, :categories, :keywords, :startsOn, :endsOn,
                                :ownDoor, :now)""")
                .params(checked.parameters()).param("code", code)
                .param("now", Timestamp.from(clock.instant())).update();
        audit.record(actor, "PROGRAMME_CREATE", "programme", code, null, checked.audited(code));
        return get(code);
    }

    /** Saves the form over the programme as it was at {@code version}. The code never changes (it is its door). */
    public Programme update(AuditLog.Actor actor, String code, long version, ProgrammeForm form) {
        Programme before = get(code);
        Checked checked = check(form);
        int saved = jdbc.sql("""
                        update programme set name = :name, name_en = :nameEn, summary = :summary,
                               category_codes = :categories, keywords = :keywords, starts_on = :startsOn,
                               ends_on = :endsOn, own_door = :ownDoor, updated_at = :now, version = version + 1
                         where code = :code and version = :version""")
                .params(checked.parameters()).param("code", code).param("version", version)
                .param("now", Timestamp.from(clock.instant())).update();
        if (saved == 0) {
            throw new ProgrammeChangedMeanwhile();
        }
        audit.record(actor, "PROGRAMME_UPDATE", "programme", code, ProgrammeForm.of(before).audited(),
                checked.audited(code));
        return get(code);
    }

    private Checked check(ProgrammeForm form) {
        String name = FormInput.requiredText(form.name(), 150, "programme.error.name");
        String nameEn = form.nameEn() == null || form.nameEn().isBlank() ? null : form.nameEn().strip();
        if (nameEn != null && nameEn.length() > 150) {
            throw new InvalidRequestException("programme.error.nameEn");
        }
        String summary = FormInput.requiredText(form.summary(), 1000, "programme.error.summary");
        List<String> codes = items(form.categoryCodes());
        for (String category : codes) {
            if (categories.find(category).isEmpty()) {
                throw new InvalidRequestException("programme.error.category", FormInput.shortened(category));
            }
        }
        List<String> keywords = items(form.keywords()).stream().map(word -> word.toLowerCase(Locale.ROOT)).toList();
        for (String keyword : keywords) {
            if (!keyword.matches(KEYWORD)) {
                throw new InvalidRequestException("programme.error.keyword", FormInput.shortened(keyword));
            }
        }
        if (codes.isEmpty() && keywords.isEmpty()) {
            throw new InvalidRequestException("programme.error.nothingToMatch");
        }
        LocalDate startsOn = FormInput.optionalDate(form.startsOn(), "programme.error.date",
                FormInput.shortened(form.startsOn()));
        if (startsOn == null) {
            throw new InvalidRequestException("programme.error.startsOn");
        }
        LocalDate endsOn = FormInput.optionalDate(form.endsOn(), "programme.error.date",
                FormInput.shortened(form.endsOn()));
        if (endsOn != null && endsOn.isBefore(startsOn)) {
            throw new InvalidRequestException("programme.error.endsOn");
        }
        boolean ownDoor = "true".equalsIgnoreCase(form.ownDoor()) || "on".equalsIgnoreCase(form.ownDoor());
        return new Checked(name, nameEn, summary, codes, keywords, startsOn, endsOn, ownDoor);
    }

    /** One per line, or separated by commas or semicolons; blanks and repeats dropped. */
    private static List<String> items(String typed) {
        Set<String> items = new LinkedHashSet<>();
        for (String item : typed == null ? new String[0] : typed.split("[\\r\\n,;]+")) {
            if (!item.isBlank()) {
                items.add(item.strip());
            }
        }
        return List.copyOf(items);
    }

    private record Checked(String name, String nameEn, String summary, List<String> categoryCodes,
                           List<String> keywords, LocalDate startsOn, LocalDate endsOn, boolean ownDoor) {

        Map<String, ?> parameters() {
            Map<String, Object> values = new java.util.HashMap<>();
            values.put("name", name);
            values.put("nameEn", nameEn);
            values.put("summary", summary);
            values.put("categories", categoryCodes.toArray(String[]::new));
            values.put("keywords", keywords.toArray(String[]::new));
            values.put("startsOn", startsOn);
            values.put("endsOn", endsOn);
            values.put("ownDoor", ownDoor);
            return values;
        }

        Map<String, Object> audited(String code) {
            return new ProgrammeForm(code, name, nameEn, summary, String.join("\n", categoryCodes),
                    String.join("\n", keywords), startsOn.toString(), endsOn == null ? "" : endsOn.toString(),
                    String.valueOf(ownDoor)).audited();
        }
    }

    private static Programme programme(ResultSet rs, int row) throws SQLException {
        return new Programme(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), strings(rs.getArray(5)),
                strings(rs.getArray(6)), rs.getObject(7, LocalDate.class), rs.getObject(8, LocalDate.class),
                rs.getBoolean(9), rs.getLong(10), rs.getTimestamp(11).toInstant());
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
