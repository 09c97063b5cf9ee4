package id.sp4n.portal.region;

import java.sql.PreparedStatement;
import java.sql.Types;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import id.sp4n.portal.shared.CsvFile;
import id.sp4n.portal.shared.SeedMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/** Loads {@code data/regions/regions.csv} and {@code population.csv} (MIT, see LICENSE-wilayah.txt beside them). */
@Component
class RegionSeedMigration extends SeedMigration {

    private static final String REGIONS = "data/regions/regions.csv";
    private static final String POPULATION = "data/regions/population.csv";

    RegionSeedMigration() {
        super("2026.11.23.02", "region seed", REGIONS, POPULATION);
    }

    @Override
    public void migrate(Context context) throws Exception {
        Map<String, Map<String, String>> population = new HashMap<>();
        CsvFile.readClasspath(POPULATION).forEach(row -> population.put(row.get("code"), row));
        try (PreparedStatement insert = context.getConnection().prepareStatement(
                "insert into region (code, parent_code, level, name, population, population_male, population_female)"
                        + " values (?, ?, ?, ?, ?, ?, ?)")) {
            // The file lists every parent before its children, so the foreign key holds row by row.
            for (Map<String, String> row : CsvFile.readClasspath(REGIONS)) {
                String code = row.get("code");
                insert.setString(1, code);
                insert.setString(2, row.get("parent_code").isEmpty() ? null : row.get("parent_code"));
                insert.setString(3, row.get("level").toUpperCase(Locale.ROOT));
                insert.setString(4, row.get("name"));
                Map<String, String> people = population.get(code);
                setCount(insert, 5, people, "total");
                setCount(insert, 6, people, "male");
                setCount(insert, 7, people, "female");
                insert.addBatch();
            }
            insert.executeBatch();
        }
        try (var analyze = context.getConnection().createStatement()) {
            analyze.execute("analyze region");
        }
    }

    private static void setCount(PreparedStatement insert, int index, Map<String, String> people, String column)
            throws java.sql.SQLException {
        if (people == null) {
            insert.setNull(index, Types.BIGINT);
        } else {
            insert.setLong(index, Long.parseLong(people.get(column)));
        }
    }
}
