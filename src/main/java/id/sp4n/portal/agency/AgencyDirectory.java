package id.sp4n.portal.agency;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import id.sp4n.portal.shared.RecordNotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the agency tree. Tree questions (path to the root, subtree size) use the ltree materialized path
 * and its GiST index; directory search uses trigram indexes on name and code.
 */
@Service
@Transactional(readOnly = true)
public class AgencyDirectory {

    private static final String SELECT = """
            select a.code, a.name, a.kind, a.tier, p.code as parent_code, a.region_code
              from agency a left join agency p on p.id = a.parent_id
            """;
    // Central bodies first, then governments, then units; alphabetical within a tier.
    private static final String ORDER = " order by array_position(array['CENTRAL','PROVINCE','REGENCY','UNIT'],"
            + " a.tier::text), a.name, a.code";

    private final JdbcClient jdbc;

    AgencyDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<AgencySummary> find(String code) {
        return jdbc.sql(SELECT + " where a.code = :code and a.active").param("code", code)
                .query(AgencyDirectory::map).optional();
    }

    /** Whether the code belonged to an agency that has been deactivated (its code stays reserved). */
    public boolean wasDeactivated(String code) {
        return jdbc.sql("select exists (select 1 from agency where code = :code and not active)").param("code", code)
                .query(Boolean.class).single();
    }

    /** The national desk, root of the tree. */
    public AgencySummary root() {
        return jdbc.sql(SELECT + " where a.parent_id is null").query(AgencyDirectory::map).single();
    }

    public AgencySummary get(String code) {
        return find(code).orElseThrow(() -> new RecordNotFoundException("agency.notFound", code));
    }

    /** The agencies from the root down to this one (inclusive). */
    public List<AgencySummary> path(String code) {
        List<AgencySummary> path = jdbc.sql(SELECT + """
                 join agency self on self.code = :code
                where a.path @> self.path
                order by nlevel(a.path)""").param("code", code).query(AgencyDirectory::map).list();
        if (path.isEmpty()) {
            throw new RecordNotFoundException("agency.notFound", code);
        }
        return path;
    }

    public AgencyDetails details(String code) {
        AgencySummary agency = get(code);
        List<AgencySummary> path = path(code);
        Map<String, Object> counts = jdbc.sql("""
                select (select count(*) from agency c where c.parent_id = self.id and c.active) as children,
                       (select count(*) from agency d where d.path <@ self.path and d.active) - 1 as subtree
                  from agency self where self.code = :code""").param("code", code).query().singleRow();
        return new AgencyDetails(agency, path, ((Number) counts.get("children")).intValue(),
                ((Number) counts.get("subtree")).intValue());
    }

    public List<AgencySummary> children(String code) {
        get(code);
        return jdbc.sql(SELECT + " where p.code = :code and a.active" + ORDER).param("code", code)
                .query(AgencyDirectory::map).list();
    }

    public AgencyPage search(AgencyQuery query) {
        if (query.parentCode() != null) {
            get(query.parentCode());
        }
        StringBuilder where = new StringBuilder(" where a.active");
        Map<String, Object> params = new HashMap<>();
        if (query.tier() != null) {
            where.append(" and a.tier = :tier");
            params.put("tier", query.tier().name());
        }
        if (query.parentCode() != null) {
            where.append(" and p.code = :parent");
            params.put("parent", query.parentCode());
        }
        List<String> words = words(query.text());
        for (int i = 0; i < words.size(); i++) {
            where.append(" and (a.name ilike :w").append(i).append(" or a.code ilike :w").append(i).append(")");
            params.put("w" + i, "%" + escapeLike(words.get(i)) + "%");
        }
        long total = jdbc.sql("select count(*) from agency a left join agency p on p.id = a.parent_id" + where)
                .params(params).query(Long.class).single();
        params.put("limit", query.size());
        params.put("offset", (long) query.page() * query.size());
        List<AgencySummary> items = jdbc.sql(SELECT + where + ORDER + " limit :limit offset :offset")
                .params(params).query(AgencyDirectory::map).list();
        return new AgencyPage(items, total, query.page(), query.size());
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        if (text != null) {
            for (String word : text.trim().split("\\s+")) {
                if (!word.isEmpty()) {
                    words.add(word);
                }
            }
        }
        return words;
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static AgencySummary map(ResultSet rs, int row) throws SQLException {
        return new AgencySummary(rs.getString("code"), rs.getString("name"), rs.getString("kind"),
                AgencyTier.valueOf(rs.getString("tier")), rs.getString("parent_code"), rs.getString("region_code"));
    }
}
