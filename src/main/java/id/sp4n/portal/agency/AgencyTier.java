package id.sp4n.portal.agency;

import java.util.Arrays;
import java.util.Optional;

/** Where an agency sits: a central body, a provincial or regency/city government, or a unit (dinas) of one. */
public enum AgencyTier {
    CENTRAL, PROVINCE, REGENCY, UNIT;

    public static Optional<AgencyTier> parse(String value) {
        return Arrays.stream(values()).filter(tier -> tier.name().equalsIgnoreCase(value.trim())).findFirst();
    }
}
