package id.sp4n.portal.region;

import java.util.List;
import java.util.Optional;

import id.sp4n.portal.shared.RecordNotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Looks up regions. The tree is small (under 8,000 rows) and indexed by parent, so every call is one
 * indexed query.
 */
@Service
public class RegionDirectory {

    private static final String SELECT = "select code, name, level, parent_code from region ";

    private final JdbcClient jdbc;

    RegionDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Region> provinces() {
        return jdbc.sql(SELECT + "where parent_code is null order by code").query(RegionDirectory::map).list();
    }

    /** The direct children of a region; unknown parent code → {@link RecordNotFoundException}. */
    public List<Region> children(String parentCode) {
        find(parentCode).orElseThrow(() -> new RecordNotFoundException("region.notFound", parentCode));
        return jdbc.sql(SELECT + "where parent_code = ? order by code").param(parentCode)
                .query(RegionDirectory::map).list();
    }

    /** Every regency and city, in code order (so grouped by province). */
    public List<Region> regenciesAndCities() {
        return jdbc.sql(SELECT + "where level in ('REGENCY', 'CITY') order by code").query(RegionDirectory::map).list();
    }

    public Optional<Region> find(String code) {
        return jdbc.sql(SELECT + "where code = ?").param(code).query(RegionDirectory::map).optional();
    }

    private static Region map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Region(rs.getString("code"), rs.getString("name"),
                RegionLevel.valueOf(rs.getString("level")), rs.getString("parent_code"));
    }
}
