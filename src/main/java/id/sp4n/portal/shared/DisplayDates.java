package id.sp4n.portal.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Dates for templates ({@code ${@displayDates.moment(x)}}) and documents (the PDF receipt), in the reader's
 * language. Moments are shown in Jakarta time with the zone named, since readers are spread over three zones.
 */
@Component("displayDates")
public class DisplayDates {

    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    public String moment(Instant instant) {
        if (instant == null) {
            return "";
        }
        Locale locale = LocaleContextHolder.getLocale();
        return DateTimeFormatter.ofPattern("d MMMM yyyy, HH.mm", locale).format(instant.atZone(WIB)) + " WIB";
    }

    public String date(LocalDate date) {
        return date == null ? "" : date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(LocaleContextHolder.getLocale()));
    }

    /** Machine-readable form for {@code <time datetime>}. */
    public String iso(Instant instant) {
        return instant == null ? "" : instant.toString();
    }
}
