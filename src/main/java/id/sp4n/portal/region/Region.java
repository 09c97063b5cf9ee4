package id.sp4n.portal.region;

/**
 * One region of the official tree, identified by its Kemendagri code ({@code 32}, {@code 32.73},
 * {@code 32.73.01}).
 */
public record Region(String code, String name, RegionLevel level, String parentCode) {

    /** The two-digit code of the province this region lies in. */
    public String provinceCode() {
        return provinceCodeOf(code);
    }

    public static String provinceCodeOf(String regionCode) {
        return regionCode.length() >= 2 ? regionCode.substring(0, 2) : regionCode;
    }
}
