package id.sp4n.portal.region;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Supplier;

import id.sp4n.portal.shared.RecordNotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.util.function.SingletonSupplier;

/**
 * Looks up regions. The official tree (under 8,000 rows) never changes while the portal runs (a new
 * Kemendagri release comes with a migration), so it is read once and served from memory: the intake form
 * checks every submission's province, regency and district without a database round trip.
 */
@Service
public class RegionDirectory {

    private final Supplier<Tree> tree;
    private final Supplier<Map<String, Long>> population;

    RegionDirectory(JdbcClient jdbc) {
        this.tree = SingletonSupplier.of(() -> new Tree(jdbc.sql(
                        "select code, name, level, parent_code from region order by code")
                .query(RegionDirectory::map).list()));
        this.population = SingletonSupplier.of(() -> {
            Map<String, Long> byCode = new HashMap<>();
            jdbc.sql("select code, population from region where population is not null")
                    .query((rs, row) -> byCode.put(rs.getString(1), rs.getLong(2))).list();
            return Map.copyOf(byCode);
        });
    }

    /** The population of a province, regency or city as the reference data gives it (districts have none). */
    public OptionalLong population(String code) {
        Long inhabitants = code == null ? null : population.get().get(code);
        return inhabitants == null ? OptionalLong.empty() : OptionalLong.of(inhabitants);
    }

    public List<Region> provinces() {
        return tree.get().children().get(null);
    }

    /** The direct children of a region; unknown parent code → {@link RecordNotFoundException}. */
    public List<Region> children(String parentCode) {
        find(parentCode).orElseThrow(() -> new RecordNotFoundException("region.notFound", parentCode));
        return tree.get().children().getOrDefault(parentCode, List.of());
    }

    /** Every regency and city, in code order (so grouped by province). */
    public List<Region> regenciesAndCities() {
        return tree.get().regenciesAndCities();
    }

    public Optional<Region> find(String code) {
        return Optional.ofNullable(code == null ? null : tree.get().byCode().get(code));
    }

    private record Tree(Map<String, Region> byCode, Map<String, List<Region>> children,
                        List<Region> regenciesAndCities) {

        Tree(List<Region> regions) {
            this(index(regions), group(regions), regions.stream()
                    .filter(r -> r.level() == RegionLevel.REGENCY || r.level() == RegionLevel.CITY).toList());
        }

        private static Map<String, Region> index(List<Region> regions) {
            Map<String, Region> byCode = new LinkedHashMap<>();
            regions.forEach(r -> byCode.put(r.code(), r));
            return byCode;
        }

        private static Map<String, List<Region>> group(List<Region> regions) {
            Map<String, List<Region>> children = new HashMap<>();
            for (Region region : regions) {
                children.computeIfAbsent(region.parentCode(), k -> new ArrayList<>()).add(region);
            }
            children.replaceAll((parent, list) -> list.stream().sorted(Comparator.comparing(Region::code)).toList());
            return children;
        }
    }

    private static Region map(ResultSet rs, int row) throws SQLException {
        return new Region(rs.getString("code"), rs.getString("name"),
                RegionLevel.valueOf(rs.getString("level")), rs.getString("parent_code"));
    }
}
