package id.sp4n.portal.statistics;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How many public complaints of a kind were filed, by filing date in Western Indonesia Time — for the policy register
 * (docs/0044): its recurring problems (weekly counts per category and place) and the effect of a policy action
 * (complaints of its kind before and after). Confidential complaints never count: these figures are public.
 */
@Service
@Transactional(readOnly = true)
public class ReceivedCounts {

    /**
     * Public complaints of one category and place in one week: {@code place} is the regency or city, or the province
     * for a complaint without one; {@code week} counts from 0, the week starting on the first day asked for.
     */
    public record Weekly(String categoryCode, String place, int week, long count) {
    }

    private final JdbcClient jdbc;

    ReceivedCounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every category and place with a complaint in the {@code weeks} weeks from {@code firstDay}. */
    public List<Weekly> weekly(LocalDate firstDay, int weeks) {
        return weekly(firstDay, weeks, "", null, null);
    }

    /**
     * One category and place's weeks (only the weeks with a complaint): reads the category's index instead of
     * grouping every complaint of the weeks, for the page of a pair that is not among the recurring problems.
     */
    public List<Weekly> weekly(LocalDate firstDay, int weeks, String categoryCode, String placeCode) {
        return weekly(firstDay, weeks,
                "and category_code = :category and coalesce(regency_code, province_code) = :place",
                categoryCode, placeCode);
    }

    private List<Weekly> weekly(LocalDate firstDay, int weeks, String narrowing, String categoryCode,
                                String placeCode) {
        var statement = jdbc.sql("""
                        select category_code, coalesce(regency_code, province_code),
                               ((submitted_at at time zone :zone)::date - :first) / 7 as week, count(*)
                          from stat_complaint
                         where submitted_at >= :from and submitted_at < :to and not confidential
                           and category_code is not null %s
                         group by 1, 2, 3""".formatted(narrowing))
                .param("zone", Scope.PERIOD_ZONE.getId()).param("first", firstDay)
                .param("from", start(firstDay)).param("to", start(firstDay.plusWeeks(weeks)));
        if (categoryCode != null) {
            statement = statement.param("category", categoryCode).param("place", placeCode);
        }
        return statement
                .query((rs, row) -> new Weekly(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getLong(4)))
                .list();
    }

    /**
     * Public complaints of {@code categoryCode} about {@code regionCode} (a province, regency or city; null for the
     * whole country) filed from {@code from} up to the day before {@code until}.
     */
    public long received(String categoryCode, String regionCode, LocalDate from, LocalDate until) {
        return jdbc.sql("""
                        select count(*) from stat_complaint
                         where category_code = :category and submitted_at >= :from and submitted_at < :until
                           and not confidential
                           and (cast(:region as varchar) is null or province_code = :region or regency_code = :region)""")
                .param("category", categoryCode).param("region", regionCode)
                .param("from", start(from)).param("until", start(until))
                .query(Long.class).single();
    }

    private static Timestamp start(LocalDate day) {
        return Timestamp.from(day.atStartOfDay(Scope.PERIOD_ZONE).toInstant());
    }
}
