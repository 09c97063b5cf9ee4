package id.sp4n.portal.complaint;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Public complaints in short — number, title, kind, place, holder, state — for modules that group or cite
 * complaints on public pages (the policy register, docs/0044). A confidential complaint is never among them, and
 * nothing about the reporter is.
 */
@Service
@Transactional(readOnly = true)
public class PublicComplaintDigests {

    /** How alike two titles must be (pg_trgm similarity, 0–1) to count as the same problem. */
    static final double SAME_PROBLEM = 0.4;
    /** The newest complaints compared when grouping: enough for a month of one category in one place. */
    static final int GROUPED_AT_MOST = 300;

    private static final String COLUMNS = "c.tracking_number, c.title, c.category_code, c.province_code,"
            + " c.regency_code, c.current_agency_code, c.status, c.submitted_at";

    public record Digest(String trackingNumber, String title, String categoryCode, String provinceCode,
                         String regencyCode, String agencyCode, ComplaintStatus status, Instant submittedAt) {
    }

    private final JdbcClient jdbc;

    PublicComplaintDigests(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The public ones among {@code numbers}, newest first. */
    public List<Digest> find(Collection<String> numbers) {
        if (numbers.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS + " from complaint c where c.tracking_number = any(:numbers)"
                        + " and not c.confidential order by c.submitted_at desc, c.tracking_number")
                .param("numbers", numbers.toArray(String[]::new)).query(PublicComplaintDigests::digest).list();
    }

    /**
     * Public complaints of a category about a place (a province, regency or city; null: anywhere) filed in
     * [{@code from}, {@code to}), newest first; with {@code text}, only those whose title is like it or which match it
     * as words, the most alike first.
     */
    public List<Digest> search(String categoryCode, String regionCode, Instant from, Instant to, String text,
                               int limit) {
        boolean byText = text != null && !text.isBlank();
        return jdbc.sql("select " + COLUMNS + " from complaint c where not c.confidential"
                        + " and c.category_code = :category and c.submitted_at >= :from and c.submitted_at < :to"
                        + " and (cast(:region as varchar) is null or c.province_code = :region"
                        + " or c.regency_code = :region)"
                        + (byText ? " and (similarity(c.title, :text) >= 0.2"
                        + " or c.search @@ websearch_to_tsquery('indonesian', :text))"
                        + " order by similarity(c.title, :text) desc, c.submitted_at desc" : " order by c.submitted_at desc")
                        + ", c.tracking_number limit :limit")
                .param("category", categoryCode).param("region", regionCode).param("from", Timestamp.from(from))
                .param("to", Timestamp.from(to)).param("text", byText ? text.strip() : "").param("limit", limit)
                .query(PublicComplaintDigests::digest).list();
    }

    /**
     * Groups of at least {@code smallest} public complaints about the same problem — titles alike by trigrams,
     * linked in chains (if A is like B and B like C, all three are one group) — among the newest
     * {@value #GROUPED_AT_MOST} of a category about a place in [{@code from}, {@code to}), whoever holds them. Largest
     * group first, each newest first.
     */
    public List<List<Digest>> sameProblem(String categoryCode, String regionCode, Instant from, Instant to,
                                          int smallest) {
        List<Digest> newest = search(categoryCode, regionCode, from, to, null, GROUPED_AT_MOST);
        if (newest.size() < smallest) {
            return List.of();
        }
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < newest.size(); i++) {
            index.put(newest.get(i).trackingNumber(), i);
        }
        int[] group = new int[newest.size()];
        for (int i = 0; i < group.length; i++) {
            group[i] = i;
        }
        jdbc.sql("""
                        select a.tracking_number, b.tracking_number
                          from complaint a join complaint b on a.tracking_number < b.tracking_number
                         where a.tracking_number = any(:numbers) and b.tracking_number = any(:numbers)
                           and similarity(a.title, b.title) >= :alike""")
                .param("numbers", index.keySet().toArray(String[]::new)).param("alike", SAME_PROBLEM)
                .query((rs, row) -> {
                    join(group, index.get(rs.getString(1)), index.get(rs.getString(2)));
                    return null;
                }).list();
        Map<Integer, List<Digest>> groups = new HashMap<>();
        for (int i = 0; i < newest.size(); i++) {
            groups.computeIfAbsent(root(group, i), key -> new ArrayList<>()).add(newest.get(i));
        }
        return groups.values().stream().filter(members -> members.size() >= smallest)
                .sorted(Comparator.<List<Digest>>comparingInt(List::size).reversed()
                        .thenComparing(members -> members.getFirst().submittedAt(), Comparator.reverseOrder()))
                .toList();
    }

    private static int root(int[] group, int i) {
        while (group[i] != i) {
            group[i] = group[group[i]];
            i = group[i];
        }
        return i;
    }

    private static void join(int[] group, int a, int b) {
        group[root(group, a)] = root(group, b);
    }

    private static Digest digest(ResultSet rs, int row) throws SQLException {
        return new Digest(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), ComplaintStatus.valueOf(rs.getString(7)), rs.getTimestamp(8).toInstant());
    }
}
