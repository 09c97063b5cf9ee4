package id.sp4n.portal.routing;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import id.sp4n.portal.shared.ReferenceDataCache;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/** The responsibility rules, kept in memory and reloaded within a second of any change. */
@Component
class ResponsibilityRules {

    private final ReferenceDataCache<List<ResponsibilityRule>> cache;

    ResponsibilityRules(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.cache = new ReferenceDataCache<>(jdbc, transactions, "responsibility_rule", Duration.ofSeconds(1),
                () -> jdbc.sql(
                        "select id, category_code, region_code, agency_code, effective_from from responsibility_rule")
                .query((rs, row) -> new ResponsibilityRule(rs.getLong("id"), rs.getString("category_code"),
                        rs.getString("region_code"), rs.getString("agency_code"),
                        rs.getObject("effective_from", LocalDate.class)))
                .list());
    }

    /** The most specific rule in force for a category in a place on a day. */
    Optional<ResponsibilityRule> mostSpecific(String category, String provinceCode, String regencyCode, LocalDate day) {
        ResponsibilityRule best = null;
        for (ResponsibilityRule rule : cache.get()) {
            if (rule.appliesTo(category, provinceCode, regencyCode, day) && (best == null || rule.beats(best))) {
                best = rule;
            }
        }
        return Optional.ofNullable(best);
    }

    void invalidate() {
        cache.invalidate();
    }
}
