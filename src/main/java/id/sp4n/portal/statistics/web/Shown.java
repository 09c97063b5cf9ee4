package id.sp4n.portal.statistics.web;

import java.util.List;

/**
 * The first rows of a long list, and how many more there are (said under the table, not silently dropped). Public for
 * the templates only.
 */
public record Shown<T>(List<T> rows, int hidden) {

    static <T> Shown<T> first(List<T> all, int shown) {
        return all.size() <= shown ? new Shown<>(all, 0) : new Shown<>(all.subList(0, shown), all.size() - shown);
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }
}
