package id.sp4n.portal.sla;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import id.sp4n.portal.audit.AuditLog;
import id.sp4n.portal.shared.CsvFile;
import id.sp4n.portal.shared.CsvImportRejected;
import id.sp4n.portal.shared.InvalidRequestException;
import id.sp4n.portal.shared.RecordNotFoundException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The national holidays and collective leave of each year, which the national admin keeps as the joint decree of
 * the three ministers (SKB) sets them: add, edit, remove, and import a whole year from CSV. Every change is audited
 * with its legal basis and moves the open time limits that count across it ({@link HolidaysChanged}).
 */
@Service
public class NationalHolidays {

    /** The legal basis column. */
    static final int MAX_LEGAL_BASIS_LENGTH = 300;
    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2100;
    public static final List<String> CSV_COLUMNS = List.of("date", "kind", "name", "legal_basis");

    private final JdbcClient jdbc;
    private final WorkingDayCalendars calendars;
    private final AuditLog audit;

    NationalHolidays(JdbcClient jdbc, WorkingDayCalendars calendars, AuditLog audit) {
        this.jdbc = jdbc;
        this.calendars = calendars;
        this.audit = audit;
    }

    /** What the national admin enters for one day off. */
    public record HolidayInput(LocalDate day, String kind, String name, String legalBasis) {
    }

    /** The national days off of a year, stored and fixed-date ones, in date order. */
    @Transactional(readOnly = true)
    public List<Holiday> ofYear(int year) {
        checkYear(year);
        return WorkingDayCalendars.withFixedDays(stored(year), year);
    }

    private List<Holiday> stored(int year) {
        return jdbc.sql("select " + WorkingDayCalendars.HOLIDAY_COLUMNS + " " + """
                         from holiday where agency_code is null and day between :first and :last order by day""")
                .param("first", LocalDate.of(year, 1, 1)).param("last", LocalDate.of(year, 12, 31))
                .query(WorkingDayCalendars::holiday).list();
    }

    @Transactional(readOnly = true)
    public Holiday find(long id) {
        return jdbc.sql("select " + WorkingDayCalendars.HOLIDAY_COLUMNS + " from holiday where id = :id and agency_code is null")
                .param("id", id).query(WorkingDayCalendars::holiday).optional()
                .orElseThrow(() -> new RecordNotFoundException("holiday.notFound", id));
    }

    @Transactional
    public long add(AuditLog.Actor actor, HolidayInput input) {
        HolidayInput holiday = validated(input);
        try {
            long id = jdbc.sql("""
                            insert into holiday (day, kind, name, legal_basis) values (:day, :kind, :name, :basis)
                            returning id""")
                    .param("day", holiday.day()).param("kind", holiday.kind()).param("name", holiday.name())
                    .param("basis", holiday.legalBasis()).query(Long.class).single();
            audit.record(actor, "NATIONAL_HOLIDAY_ADD", "holiday", String.valueOf(holiday.day().getYear()), null,
                    state(holiday));
            calendars.changed(null, holiday.day());
            return id;
        } catch (DuplicateKeyException taken) {
            throw new InvalidRequestException("nationalHolidays.error.duplicate", holiday.day());
        }
    }

    @Transactional
    public void edit(AuditLog.Actor actor, long id, HolidayInput input) {
        Holiday before = find(id);
        HolidayInput holiday = validated(input);
        try {
            jdbc.sql("update holiday set day = :day, kind = :kind, name = :name, legal_basis = :basis where id = :id")
                    .param("day", holiday.day()).param("kind", holiday.kind()).param("name", holiday.name())
                    .param("basis", holiday.legalBasis()).param("id", id).update();
        } catch (DuplicateKeyException taken) {
            throw new InvalidRequestException("nationalHolidays.error.duplicate", holiday.day());
        }
        audit.record(actor, "NATIONAL_HOLIDAY_EDIT", "holiday", String.valueOf(holiday.day().getYear()),
                state(before), state(holiday));
        calendars.changed(null, before.day().isBefore(holiday.day()) ? before.day() : holiday.day());
    }

    /** Removes a stored day; a fixed-date holiday stays a day off (the law fixes it, not the table). */
    @Transactional
    public void remove(AuditLog.Actor actor, long id) {
        Holiday removed = find(id);
        jdbc.sql("delete from holiday where id = :id").param("id", id).update();
        audit.record(actor, "NATIONAL_HOLIDAY_REMOVE", "holiday", String.valueOf(removed.day().getYear()),
                state(removed), null);
        calendars.changed(null, removed.day());
    }

    /** The stored days of a year in the columns {@link #importYear} reads (the SKB's list, ready to correct). */
    @Transactional(readOnly = true)
    public String exportYear(int year) {
        checkYear(year);
        StringBuilder csv = new StringBuilder(CsvFile.row(CSV_COLUMNS.toArray(String[]::new)));
        for (Holiday h : stored(year)) {
            csv.append(CsvFile.row(h.day().toString(), h.kind(), h.name(), h.legalBasis()));
        }
        return csv.toString();
    }

    /**
     * Replaces the stored national days of a year with those of a CSV file. The whole file is checked first and
     * every problem reported with its line number; only a file without problems changes anything, all of it in this
     * transaction. Returns how many days the year now has stored.
     */
    @Transactional
    public int importYear(AuditLog.Actor actor, int year, String text) {
        checkYear(year);
        if (!CsvFile.header(text).equals(CSV_COLUMNS)) {
            throw new CsvImportRejected(List.of(new CsvImportRejected.Problem(1, "csv.error.header",
                    new Object[] {String.join(",", CSV_COLUMNS)})));
        }
        List<CsvImportRejected.Problem> problems = new ArrayList<>();
        List<HolidayInput> days = new ArrayList<>();
        Set<LocalDate> seen = new HashSet<>();
        for (CsvFile.Line line : CsvFile.lines(text)) {
            try {
                Map<String, String> f = line.fields();
                HolidayInput holiday = validated(new HolidayInput(parseDate(f.get("date")), f.get("kind"),
                        f.get("name"), f.get("legal_basis")));
                if (holiday.day().getYear() != year) {
                    throw new InvalidRequestException("nationalHolidays.error.otherYear", holiday.day(), year);
                }
                if (!seen.add(holiday.day())) {
                    throw new InvalidRequestException("nationalHolidays.error.duplicate", holiday.day());
                }
                days.add(holiday);
            } catch (InvalidRequestException problem) {
                problems.add(new CsvImportRejected.Problem(line.number(), problem.messageCode(), problem.arguments()));
            }
        }
        if (problems.isEmpty() && days.isEmpty()) {
            problems.add(new CsvImportRejected.Problem(1, "nationalHolidays.error.emptyFile", new Object[] {year}));
        }
        if (!problems.isEmpty()) {
            throw new CsvImportRejected(problems);
        }
        List<Holiday> before = stored(year);
        jdbc.sql("delete from holiday where agency_code is null and day between :first and :last")
                .param("first", LocalDate.of(year, 1, 1)).param("last", LocalDate.of(year, 12, 31)).update();
        for (HolidayInput holiday : days) {
            jdbc.sql("insert into holiday (day, kind, name, legal_basis) values (:day, :kind, :name, :basis)")
                    .param("day", holiday.day()).param("kind", holiday.kind()).param("name", holiday.name())
                    .param("basis", holiday.legalBasis()).update();
        }
        audit.record(actor, "NATIONAL_HOLIDAY_IMPORT", "holiday", String.valueOf(year),
                Map.of("days", before.stream().map(NationalHolidays::state).toList()),
                Map.of("days", days.stream().map(NationalHolidays::state).toList()));
        LocalDate earliest = days.stream().map(HolidayInput::day).min(Comparator.naturalOrder()).orElseThrow();
        for (Holiday old : before) {
            earliest = old.day().isBefore(earliest) ? old.day() : earliest;
        }
        calendars.changed(null, earliest);
        return days.size();
    }

    private static LocalDate parseDate(String value) {
        try {
            return value == null ? null : LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException("nationalHolidays.error.day");
        }
    }

    private static HolidayInput validated(HolidayInput input) {
        if (input.day() == null) {
            throw new InvalidRequestException("nationalHolidays.error.day");
        }
        checkYear(input.day().getYear());
        String kind = input.kind() == null ? "" : input.kind().strip();
        if (!kind.equals(Holiday.NATIONAL_HOLIDAY) && !kind.equals(Holiday.COLLECTIVE_LEAVE)) {
            throw new InvalidRequestException("nationalHolidays.error.kind");
        }
        String name = required(input.name(), WorkingDayCalendars.MAX_NAME_LENGTH, "nationalHolidays.error.name");
        String basis = required(input.legalBasis(), MAX_LEGAL_BASIS_LENGTH, "nationalHolidays.error.legalBasis");
        return new HolidayInput(input.day(), kind, name, basis);
    }

    private static String required(String value, int max, String code) {
        if (value == null || value.isBlank() || value.strip().length() > max) {
            throw new InvalidRequestException(code, max);
        }
        return value.strip();
    }

    /** Years outside the range make no sense for a calendar and would only fill the table by mistake. */
    static void checkYear(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new InvalidRequestException("nationalHolidays.error.year", FIRST_YEAR, LAST_YEAR);
        }
    }

    private static Map<String, Object> state(HolidayInput h) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("day", h.day().toString());
        state.put("kind", h.kind());
        state.put("name", h.name());
        state.put("legalBasis", h.legalBasis());
        return state;
    }

    private static Map<String, Object> state(Holiday h) {
        return state(new HolidayInput(h.day(), h.kind(), h.name(), h.legalBasis()));
    }
}
