package id.sp4n.portal.complaint.inbox;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A where-clause built one condition at a time, each with its named parameters, so that a query with optional
 * filters reads as the list of its filters. Values are always bound as parameters, never written into the SQL.
 */
final class SqlConditions {

    private final List<String> clauses = new ArrayList<>();
    private final Map<String, Object> params = new LinkedHashMap<>();

    SqlConditions where(String clause) {
        clauses.add(clause);
        return this;
    }

    SqlConditions where(String clause, String name, Object value) {
        clauses.add(clause);
        params.put(name, value);
        return this;
    }

    /** Adds the condition only when the filter was given (a non-null, non-blank value). */
    SqlConditions whereGiven(Object value, String clause, String name) {
        boolean given = value instanceof String text ? !text.isBlank() : value != null;
        return given ? where(clause, name, value instanceof Enum<?> constant ? constant.name() : value) : this;
    }

    SqlConditions copy() {
        SqlConditions copy = new SqlConditions();
        copy.clauses.addAll(clauses);
        copy.params.putAll(params);
        return copy;
    }

    int size() {
        return clauses.size();
    }

    String sql() {
        return clauses.isEmpty() ? "true" : String.join(" and ", clauses);
    }

    /** The parameters, with any extra ones the query itself needs (paging). */
    Map<String, Object> params(Map<String, Object> extra) {
        Map<String, Object> all = new LinkedHashMap<>(params);
        all.putAll(extra);
        return all;
    }
}
