package id.sp4n.portal.sla;

import java.time.LocalDate;

/**
 * A day off as the administration pages list it. {@code agencyCode} is null for national holidays and collective
 * leave; {@code id} is null for a {@link FixedNationalHolidays fixed-date holiday} that is known without being
 * stored (its {@code name} is then a message key); {@code legalBasis} is the decree that set it, when recorded.
 */
public record Holiday(Long id, LocalDate day, String kind, String name, String agencyCode, String legalBasis,
                      boolean fixed) {

    public static final String NATIONAL_HOLIDAY = "NATIONAL_HOLIDAY";
    public static final String COLLECTIVE_LEAVE = "COLLECTIVE_LEAVE";
    public static final String REGIONAL_HOLIDAY = "REGIONAL_HOLIDAY";

    /** Whether its day is a fixed-date national holiday, which stays off even if the stored row is removed. */
    public boolean onFixedDay() {
        return agencyCode == null && FixedNationalHolidays.isFixed(day);
    }
}
