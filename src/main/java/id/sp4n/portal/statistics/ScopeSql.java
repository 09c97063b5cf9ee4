package id.sp4n.portal.statistics;

import java.sql.Timestamp;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import id.sp4n.portal.agency.AgencyHierarchy;
import org.springframework.stereotype.Component;

/** A {@link Scope} as a condition on {@code stat_complaint}: the one place that says which rows a scope holds. */
@Component
class ScopeSql {

    private final AgencyHierarchy agencies;

    ScopeSql(AgencyHierarchy agencies) {
        this.agencies = agencies;
    }

    String where(Scope scope) {
        return " where submitted_at >= :from and submitted_at < :until and " + holders(scope)
                + (scope.publicOnly() ? " and not confidential" : "");
    }

    Map<String, Object> params(Scope scope) {
        Map<String, Object> params = new HashMap<>(holderParams(scope));
        params.put("from", Timestamp.from(scope.from().atStartOfDay(Scope.PERIOD_ZONE).toInstant()));
        params.put("until", Timestamp.from(scope.to().plusDays(1).atStartOfDay(Scope.PERIOD_ZONE).toInstant()));
        return params;
    }

    /** The parameters of {@link #holders}: none for the nation (listing its twelve thousand codes costs too). */
    Map<String, Object> holderParams(Scope scope) {
        return national(scope) ? Map.of() : Map.of("agencies", agencies(scope));
    }

    private boolean national(Scope scope) {
        return scope.subtree() && scope.agencyCode().equals(agencies.tree().root().code());
    }

    /**
     * The condition on the holder alone (parameter {@code agencies}): the nation holds every complaint with a holder,
     * which lets the database read an index in the order asked for instead of matching twelve thousand codes.
     */
    String holders(Scope scope) {
        return national(scope) ? "agency_code is not null" : "agency_code = any(:agencies)";
    }

    /** The codes of the agencies whose complaints the scope holds (the agency, or its whole subtree). */
    String[] agencies(Scope scope) {
        List<String> codes = scope.subtree() ? agencies.tree().subtreeCodes(scope.agencyCode())
                : agencies.tree().contains(scope.agencyCode()) ? List.of(scope.agencyCode()) : List.of();
        return codes.toArray(String[]::new);
    }
}
