package id.sp4n.portal.agency;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import id.sp4n.portal.shared.CsvFile;
import id.sp4n.portal.shared.SeedMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/**
 * Builds the national hierarchy of domain.md from the seed files: the national desk ({@code kemenpanrb}) as
 * root, every other central body under it, a provincial government per province, a regency/city government
 * per regency/city under its province, and the standard units under each government at the tiers
 * {@code unit-kinds.csv} names. Jakarta's cities are administrative: they get no government of their own, and
 * {@code pemda-31} gets the regency-only units as well, because it handles their affairs.
 */
@Component
class AgencySeedMigration extends SeedMigration {

    static final String ROOT = "kemenpanrb";
    static final String JAKARTA = "31";

    private static final String CENTRAL = "data/central-agencies.csv";
    private static final String UNIT_KINDS = "data/unit-kinds.csv";
    private static final String REGIONS = "data/regions/regions.csv";

    AgencySeedMigration() {
        super("2026.11.23.06", "agency seed", CENTRAL, UNIT_KINDS, REGIONS);
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        List<Map<String, String>> unitKinds = CsvFile.readClasspath(UNIT_KINDS);
        insertUnitKinds(connection, unitKinds);

        List<NewAgency> agencies = new ArrayList<>();
        for (Map<String, String> body : CsvFile.readClasspath(CENTRAL)) {
            String code = body.get("code");
            agencies.add(new NewAgency(code, body.get("name"), body.get("kind"), "CENTRAL",
                    ROOT.equals(code) ? null : ROOT, null));
        }
        // The root must exist before its children: put it first whatever the file order.
        agencies.sort((a, b) -> Boolean.compare(b.parentCode() == null, a.parentCode() == null));

        for (Map<String, String> region : CsvFile.readClasspath(REGIONS)) {
            String level = region.get("level");
            String code = region.get("code");
            if ("province".equals(level)) {
                String government = "pemda-" + code;
                agencies.add(new NewAgency(government, "Pemerintah Provinsi " + region.get("name"),
                        "PROVINCIAL_GOVERNMENT", "PROVINCE", ROOT, code));
                boolean handlesRegencyAffairs = JAKARTA.equals(code);
                addUnits(agencies, unitKinds, government, "Provinsi " + region.get("name"), code,
                        kind -> kind.contains("PROVINCE") || (handlesRegencyAffairs && kind.contains("REGENCY")));
            } else if (("regency".equals(level) || "city".equals(level)) && !code.startsWith(JAKARTA + ".")) {
                String government = "pemda-" + code;
                agencies.add(new NewAgency(government, "Pemerintah " + region.get("name"),
                        "city".equals(level) ? "CITY_GOVERNMENT" : "REGENCY_GOVERNMENT", "REGENCY",
                        "pemda-" + region.get("parent_code"), code));
                addUnits(agencies, unitKinds, government, region.get("name"), code, kind -> kind.contains("REGENCY"));
            }
        }
        insertAgencies(connection, agencies);
        // Fresh statistics, so the very first searches already use the trigram and path indexes.
        try (var analyze = connection.createStatement()) {
            analyze.execute("analyze agency");
        }
    }

    private static void addUnits(List<NewAgency> agencies, List<Map<String, String>> unitKinds, String government,
                                 String placeName, String regionCode, java.util.function.Predicate<String> tiers) {
        for (Map<String, String> unit : unitKinds) {
            if (tiers.test(unit.get("tiers"))) {
                agencies.add(new NewAgency(government + "/" + unit.get("kind"),
                        officeName(unit.get("name_id")) + " " + placeName, unit.get("kind"), "UNIT", government,
                        regionCode));
            }
        }
    }

    /** "Dinas Komunikasi dan Informatika (admin pengaduan daerah)" → "Dinas Komunikasi dan Informatika". */
    static String officeName(String unitKindName) {
        int note = unitKindName.indexOf(" (");
        return note < 0 ? unitKindName : unitKindName.substring(0, note);
    }

    private static void insertUnitKinds(Connection connection, List<Map<String, String>> unitKinds)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into unit_kind (code, tiers, name_id, name_en) values (?, ?, ?, ?)")) {
            for (Map<String, String> unit : unitKinds) {
                insert.setString(1, unit.get("kind"));
                insert.setString(2, unit.get("tiers"));
                insert.setString(3, unit.get("name_id"));
                insert.setString(4, unit.get("name_en"));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static void insertAgencies(Connection connection, List<NewAgency> agencies) throws SQLException {
        // Parents always precede children in the list, so the path trigger finds every parent.
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into agency (code, name, kind, tier, parent_id, region_code)
                values (?, ?, ?, ?, (select id from agency where code = ?), ?)""")) {
            for (NewAgency agency : agencies) {
                insert.setString(1, agency.code());
                insert.setString(2, agency.name());
                insert.setString(3, agency.kind());
                insert.setString(4, agency.tier());
                insert.setString(5, agency.parentCode());
                insert.setString(6, agency.regionCode());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private record NewAgency(String code, String name, String kind, String tier, String parentCode,
                             String regionCode) {
    }
}
