package id.sp4n.portal.agency;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import id.sp4n.portal.shared.ReferenceDataCache;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Hands out the current {@link AgencyTree}. The snapshot is rebuilt when the agency table has changed; the
 * check costs one query at most once a second, so a change made on another instance is seen within about a
 * second and routing otherwise never touches the database for the tree.
 */
@Service
public class AgencyHierarchy {

    private final JdbcClient jdbc;
    private final ReferenceDataCache<AgencyTree> cache;

    AgencyHierarchy(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.cache = new ReferenceDataCache<>(jdbc, transactions, "agency", Duration.ofSeconds(1), this::load);
    }

    public AgencyTree tree() {
        return cache.get();
    }

    /** Makes the next call reload the tree if it changed (after a change this instance committed). */
    public void invalidate() {
        cache.invalidate();
    }

    private AgencyTree load() {
        Map<String, AgencyNode> nodes = new HashMap<>(16_384);
        jdbc.sql("""
                        select a.code, a.name, a.kind, a.tier, p.code as parent_code, a.region_code, nlevel(a.path) as depth,
                               a.door_open
                          from agency a left join agency p on p.id = a.parent_id
                         where a.active""")
                .query((rs, row) -> nodes.put(rs.getString("code"), new AgencyNode(rs.getString("code"),
                        rs.getString("name"), rs.getString("kind"), AgencyTier.valueOf(rs.getString("tier")),
                        rs.getString("parent_code"), rs.getString("region_code"), rs.getInt("depth"),
                        rs.getBoolean("door_open"))))
                .list();
        return new AgencyTree(nodes);
    }
}
