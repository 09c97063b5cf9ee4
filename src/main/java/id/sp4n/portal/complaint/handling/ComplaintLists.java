package id.sp4n.portal.complaint.handling;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

import id.sp4n.portal.complaint.ComplaintStatus;
import id.sp4n.portal.complaint.ReportType;
import id.sp4n.portal.shared.InvalidRequestException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lists of complaints: the public list (never a confidential complaint, newest first, full-text search with
 * PostgreSQL's {@code indonesian} configuration over title and description) and a citizen's own complaints.
 * <p>
 * Counting stops at {@code portal.lists.count-cap} (1,000) matches, so a page never costs more than that many
 * index entries whatever the table holds (counting a million took 702 ms, issue 19): beyond it the list says "more
 * than 1,000" and pages further than the cap are refused with a request to narrow the search.
 */
@Service
@Transactional(readOnly = true)
public class ComplaintLists {

    private static final String COLUMNS = """
            select c.tracking_number, c.title, left(c.description, 220) as excerpt, c.type, c.status,
                   c.category_code, c.province_code, c.regency_code, c.current_agency_code, c.submitted_at
              from complaint c""";

    private final JdbcClient jdbc;
    private final int countCap;

    ComplaintLists(JdbcClient jdbc, @Value("${portal.lists.count-cap:1000}") int countCap) {
        this.jdbc = jdbc;
        this.countCap = countCap;
    }

    public ComplaintPage publicList(PublicComplaintQuery query) {
        StringBuilder where = new StringBuilder(" where not c.confidential");
        Map<String, Object> params = new HashMap<>();
        if (query.text() != null) {
            where.append(" and c.search @@ websearch_to_tsquery('indonesian', :text)");
            params.put("text", query.text());
        }
        if (query.provinceCode() != null) {
            where.append(" and c.province_code = :province");
            params.put("province", query.provinceCode());
        }
        if (query.categoryCode() != null) {
            where.append(" and c.category_code = :category");
            params.put("category", query.categoryCode());
        }
        if (query.agencyCode() != null) {
            where.append(" and c.current_agency_code = :agency");
            params.put("agency", query.agencyCode());
        }
        return page(where.toString(), params, query.page(), query.size());
    }

    public ComplaintPage ofAccount(long accountId, int page, int size) {
        return page(" where c.reporter_account_id = :account", Map.of("account", accountId), page, size);
    }

    private ComplaintPage page(String where, Map<String, Object> filter, int page, int size) {
        if ((long) page * size >= countCap) {
            throw new InvalidRequestException("list.error.tooDeep", countCap);
        }
        Map<String, Object> counted = new HashMap<>(filter);
        counted.put("cap", countCap + 1);
        long matches = jdbc.sql("select count(*) from (select 1 from complaint c" + where + " limit :cap) m")
                .params(counted).query(Long.class).single();
        boolean capped = matches > countCap;
        long total = capped ? countCap : matches;
        Map<String, Object> params = new HashMap<>(filter);
        params.put("limit", size);
        params.put("offset", (long) page * size);
        var items = jdbc.sql(COLUMNS + where + " order by c.submitted_at desc, c.id desc limit :limit offset :offset")
                .params(params).query(ComplaintLists::item).list();
        return new ComplaintPage(items, total, capped, page, size);
    }

    private static ComplaintListItem item(ResultSet rs, int row) throws SQLException {
        return new ComplaintListItem(rs.getString("tracking_number"), rs.getString("title"), rs.getString("excerpt"),
                ReportType.valueOf(rs.getString("type")), ComplaintStatus.valueOf(rs.getString("status")),
                rs.getString("category_code"), rs.getString("province_code"), rs.getString("regency_code"),
                rs.getString("current_agency_code"), rs.getTimestamp("submitted_at").toInstant());
    }
}
