package id.sp4n.portal.category;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.Map;

import id.sp4n.portal.shared.CsvFile;
import id.sp4n.portal.shared.SeedMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/** Loads {@code data/categories.csv}; keywords are separated by semicolons in the file. */
@Component
class CategorySeedMigration extends SeedMigration {

    private static final String CATEGORIES = "data/categories.csv";

    CategorySeedMigration() {
        super("2026.11.23.04", "category seed", CATEGORIES);
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into category (code, tier, handler, national_priority, name_id, name_en, keywords)"
                        + " values (?, ?, ?, ?, ?, ?, ?)")) {
            for (Map<String, String> row : CsvFile.readClasspath(CATEGORIES)) {
                insert.setString(1, row.get("code"));
                insert.setString(2, emptyToNull(row.get("tier")));
                insert.setString(3, emptyToNull(row.get("handler")));
                insert.setBoolean(4, Boolean.parseBoolean(row.get("national_priority")));
                insert.setString(5, row.get("name_id"));
                insert.setString(6, row.get("name_en"));
                String keywords = row.get("keywords");
                insert.setArray(7, connection.createArrayOf("text",
                        keywords.isBlank() ? new String[0] : keywords.split(";")));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static String emptyToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
