package id.sp4n.portal.category;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import id.sp4n.portal.agency.AgencyHierarchy;
import id.sp4n.portal.audit.AuditLog;
import id.sp4n.portal.shared.InvalidRequestException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The national admin adds and edits categories: names in both languages, keywords for suggestions, and the
 * default authority (tier and handler: a central body's code, or the unit kind of a provincial or regency
 * government). Routing and the intake form use the change within a second; every change is audited.
 */
@Service
@Transactional
public class CategoryAdministration {

    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{1,59}");
    static final int NAME_MAX = 200;

    private final JdbcClient jdbc;
    private final CategoryCatalogue catalogue;
    private final AgencyHierarchy hierarchy;
    private final AuditLog audit;

    CategoryAdministration(JdbcClient jdbc, CategoryCatalogue catalogue, AgencyHierarchy hierarchy, AuditLog audit) {
        this.jdbc = jdbc;
        this.catalogue = catalogue;
        this.hierarchy = hierarchy;
        this.audit = audit;
    }

    /** What the national admin typed; {@code keywords} separated by commas. */
    public record CategoryInput(String code, String nameId, String nameEn, String tier, String handler,
                                String keywords) {
    }

    /** Adds a new category, or replaces the one with the same code. */
    public void save(AuditLog.Actor actor, CategoryInput input) {
        String code = input.code() == null ? "" : input.code().strip().toUpperCase(java.util.Locale.ROOT);
        if (!CODE.matcher(code).matches()) {
            throw new InvalidRequestException("categories.error.code");
        }
        String nameId = name(input.nameId());
        String nameEn = name(input.nameEn());
        AuthorityTier tier = input.tier() == null || input.tier().isBlank() ? null
                : Arrays.stream(AuthorityTier.values()).filter(t -> t.name().equals(input.tier())).findFirst()
                .orElseThrow(() -> new InvalidRequestException("categories.error.tier"));
        String handler = input.handler() == null || input.handler().isBlank() ? null : input.handler().strip();
        if ((tier == null) != (handler == null)) {
            throw new InvalidRequestException("categories.error.tierAndHandler");
        }
        if (tier == AuthorityTier.CENTRAL && !hierarchy.tree().contains(handler)) {
            throw new InvalidRequestException("categories.error.centralHandler", handler);
        }
        if (tier != null && tier != AuthorityTier.CENTRAL && !hierarchy.tree().hasKind(handler)) {
            throw new InvalidRequestException("categories.error.unitHandler", handler);
        }
        List<String> keywords = input.keywords() == null ? List.of() : Arrays.stream(input.keywords().split(","))
                .map(String::strip).filter(k -> !k.isEmpty()).map(k -> k.toLowerCase(java.util.Locale.ROOT))
                .distinct().toList();
        Map<String, Object> before = catalogue.find(code).map(CategoryAdministration::state).orElse(null);
        jdbc.sql("""
                        insert into category (code, tier, handler, name_id, name_en, keywords)
                        values (:code, :tier, :handler, :nameId, :nameEn, :keywords)
                        on conflict (code) do update set tier = excluded.tier, handler = excluded.handler,
                            name_id = excluded.name_id, name_en = excluded.name_en, keywords = excluded.keywords""")
                .param("code", code).param("tier", tier == null ? null : tier.name()).param("handler", handler)
                .param("nameId", nameId).param("nameEn", nameEn).param("keywords", keywords.toArray(String[]::new))
                .update();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("nameId", nameId);
        after.put("nameEn", nameEn);
        after.put("tier", tier == null ? null : tier.name());
        after.put("handler", handler);
        after.put("keywords", keywords);
        audit.record(actor, before == null ? "CATEGORY_CREATE" : "CATEGORY_EDIT", "category", code, before, after);
        catalogue.invalidate();
    }

    private static String name(String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidRequestException("categories.error.name");
        }
        String name = value.strip();
        if (name.length() > NAME_MAX) {
            throw new InvalidRequestException("casework.text.tooLong", NAME_MAX);
        }
        return name;
    }

    private static Map<String, Object> state(Category category) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("nameId", category.name());
        state.put("nameEn", category.nameEn());
        state.put("tier", category.tier() == null ? null : category.tier().name());
        state.put("handler", category.handler());
        state.put("keywords", category.keywords());
        return state;
    }
}
