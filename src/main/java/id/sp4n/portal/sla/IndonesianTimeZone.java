package id.sp4n.portal.sla;

import java.time.ZoneId;
import java.util.Set;

/** Indonesia's three time zones and the provinces in each (domain.md, "Time limits"). */
public enum IndonesianTimeZone {
    WIB("Asia/Jakarta"),
    WITA("Asia/Makassar"),
    WIT("Asia/Jayapura");

    private static final Set<String> WITA_PROVINCES = Set.of("51", "52", "53", "63", "64", "65",
            "71", "72", "73", "74", "75", "76");
    private static final Set<String> WIT_PROVINCES = Set.of("81", "82", "91", "92", "93", "94", "95", "96");

    private final ZoneId zone;

    IndonesianTimeZone(String zoneId) {
        this.zone = ZoneId.of(zoneId);
    }

    public ZoneId zone() {
        return zone;
    }

    /** The zone of a province; central bodies (no province) work on Jakarta time. */
    public static IndonesianTimeZone ofProvince(String provinceCode) {
        if (provinceCode == null) {
            return WIB;
        }
        if (WITA_PROVINCES.contains(provinceCode)) {
            return WITA;
        }
        return WIT_PROVINCES.contains(provinceCode) ? WIT : WIB;
    }
}
