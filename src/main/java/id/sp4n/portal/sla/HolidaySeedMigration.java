package id.sp4n.portal.sla;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.Map;

import id.sp4n.portal.shared.CsvFile;
import id.sp4n.portal.shared.SeedMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/** Loads the national holidays and collective leave of {@code data/holidays.csv}. */
@Component
class HolidaySeedMigration extends SeedMigration {

    private static final String HOLIDAYS = "data/holidays.csv";

    HolidaySeedMigration() {
        super("2026.11.23.08", "holiday seed", HOLIDAYS);
    }

    @Override
    public void migrate(Context context) throws Exception {
        try (PreparedStatement insert = context.getConnection().prepareStatement(
                "insert into holiday (day, kind, name) values (?, ?, ?)")) {
            for (Map<String, String> row : CsvFile.readClasspath(HOLIDAYS)) {
                insert.setDate(1, Date.valueOf(LocalDate.parse(row.get("date"))));
                insert.setString(2, row.get("kind"));
                insert.setString(3, row.get("name"));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }
}
