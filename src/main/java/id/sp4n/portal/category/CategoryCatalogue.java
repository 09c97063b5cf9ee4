package id.sp4n.portal.category;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** All complaint categories, "Lainnya" last. */
@Service
public class CategoryCatalogue {

    private static final String SELECT =
            "select code, name_id, name_en, tier, handler, national_priority, keywords from category ";

    private final JdbcClient jdbc;

    CategoryCatalogue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Category> all() {
        return jdbc.sql(SELECT + "order by tier is null, name_id").query(CategoryCatalogue::map).list();
    }

    public Optional<Category> find(String code) {
        return jdbc.sql(SELECT + "where code = ?").param(code).query(CategoryCatalogue::map).optional();
    }

    private static Category map(ResultSet rs, int row) throws SQLException {
        String tier = rs.getString("tier");
        Array keywords = rs.getArray("keywords");
        return new Category(rs.getString("code"), rs.getString("name_id"), rs.getString("name_en"),
                tier == null ? null : AuthorityTier.valueOf(tier), rs.getString("handler"),
                rs.getBoolean("national_priority"), Arrays.asList((String[]) keywords.getArray()));
    }
}
