package id.sp4n.portal.category;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

import id.sp4n.portal.shared.ReferenceDataCache;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * All complaint categories, "Lainnya" last. Kept in memory (54 rows) and reloaded when the table changes, so
 * routing and the intake form never wait for the database.
 */
@Service
public class CategoryCatalogue {

    private static final String SELECT =
            "select code, name_id, name_en, tier, handler, national_priority, keywords from category ";

    private final ReferenceDataCache<Snapshot> cache;

    CategoryCatalogue(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.cache = new ReferenceDataCache<>(jdbc, transactions, "category", Duration.ofSeconds(1), () -> new Snapshot(
                jdbc.sql(SELECT + "order by tier is null, name_id").query(CategoryCatalogue::map).list()));
    }

    /** After a change on this instance: the next read reloads at once (other instances within a second). */
    void invalidate() {
        cache.invalidate();
    }

    public List<Category> all() {
        return cache.get().all();
    }

    public Optional<Category> find(String code) {
        return Optional.ofNullable(code == null ? null : cache.get().byCode().get(code));
    }

    /**
     * Categories whose keywords occur in the text, best match first (most keywords, then longest): the
     * suggestions shown while a citizen types. The "not sure" category is never suggested.
     */
    public List<Category> suggest(String text, int limit) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        String haystack = " " + words(text) + " ";
        record Scored(Category category, int hits, int length) {
        }
        return all().stream()
                .map(c -> {
                    int hits = 0;
                    int length = 0;
                    for (String keyword : c.keywords()) {
                        if (haystack.contains(" " + words(keyword) + " ")) {
                            hits++;
                            length += keyword.length();
                        }
                    }
                    return new Scored(c, hits, length);
                })
                .filter(s -> s.hits() > 0)
                .sorted(java.util.Comparator.comparingInt(Scored::hits).thenComparingInt(Scored::length).reversed())
                .limit(limit)
                .map(Scored::category)
                .toList();
    }

    /** Lower case, with punctuation as spaces: "E-KTP hilang!" → "e ktp hilang". */
    private static String words(String text) {
        return text.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
    }

    private record Snapshot(List<Category> all, Map<String, Category> byCode) {

        Snapshot(List<Category> all) {
            this(List.copyOf(all), all.stream().collect(Collectors.toUnmodifiableMap(Category::code, c -> c)));
        }
    }

    private static Category map(ResultSet rs, int row) throws SQLException {
        String tier = rs.getString("tier");
        Array keywords = rs.getArray("keywords");
        return new Category(rs.getString("code"), rs.getString("name_id"), rs.getString("name_en"),
                tier == null ? null : AuthorityTier.valueOf(tier), rs.getString("handler"),
                rs.getBoolean("national_priority"), Arrays.asList((String[]) keywords.getArray()));
    }
}
