package id.sp4n.portal.sla;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;

/**
 * The national holidays whose date is fixed by law, known for every year without loading anything. The moveable
 * ones (Islamic holidays, Imlek, Nyepi, Waisak, Easter) and collective leave are set each year by the joint decree
 * of three ministers and must be loaded by the national admin: nothing else is guessed.
 */
public final class FixedNationalHolidays {

    /** One fixed holiday: its day, a message key for its name, and the rule that fixes it. */
    public record Fixed(MonthDay day, String nameKey, String legalBasis) {
    }

    public static final List<Fixed> ALL = List.of(
            new Fixed(MonthDay.of(1, 1), "holidays.fixed.newYear", "Keppres No. 24 Tahun 1953"),
            new Fixed(MonthDay.of(5, 1), "holidays.fixed.labourDay", "Perpres No. 24 Tahun 2013"),
            new Fixed(MonthDay.of(6, 1), "holidays.fixed.pancasila", "Keppres No. 24 Tahun 2016"),
            new Fixed(MonthDay.of(8, 17), "holidays.fixed.independence", "Keppres No. 24 Tahun 1953"),
            new Fixed(MonthDay.of(12, 25), "holidays.fixed.christmas", "Keppres No. 24 Tahun 1953"));

    private FixedNationalHolidays() {
    }

    public static boolean isFixed(LocalDate date) {
        MonthDay day = MonthDay.from(date);
        return ALL.stream().anyMatch(fixed -> fixed.day().equals(day));
    }
}
