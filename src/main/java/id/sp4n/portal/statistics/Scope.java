package id.sp4n.portal.statistics;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Which complaints a figure is about: those filed in [{@code from}, {@code to}] (dates in Western Indonesia Time, the
 * national reference — method page) and held now by {@code agencyCode} alone or by anything in its subtree; the root
 * with its subtree is the nation. {@code publicOnly} leaves confidential complaints out (every public figure).
 */
public record Scope(String agencyCode, boolean subtree, LocalDate from, LocalDate to, boolean publicOnly) {

    public static final ZoneId PERIOD_ZONE = ZoneId.of("Asia/Jakarta");

    public Scope {
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("period ends before it starts: " + from + " to " + to);
        }
    }
}
