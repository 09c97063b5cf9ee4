package id.sp4n.portal.statistics;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Named sets of complaints the statistics can be read for (a national priority programme), kept by the module that
 * decides who belongs: {@link StatisticsFigures#tagged} computes a set's figures with the definitions of every other
 * figure, and {@link #oldestOpen} lists what remains open.
 */
@Service
@Transactional
public class ComplaintTags {

    /** Why a complaint is in a set. A complaint filed through a set's own door stays in it whatever its class. */
    public enum Source { INTAKE, VERIFICATION, DOOR }

    /** A complaint of a set still open: held by {@code agencyCode}, filed at {@code submittedAt}. */
    public record Open(String trackingNumber, String agencyCode, String status, String provinceCode,
                       boolean confidential, Instant submittedAt) {
    }

    /** Public complaints of a set in one week and province ({@code week} from 0, the week from the first day). */
    public record Weekly(String provinceCode, int week, long count) {
    }

    private final JdbcClient jdbc;

    ComplaintTags(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Puts the complaint in the set; already in it, only a stronger reason (DOOR) replaces the one it has. */
    public void tag(String tag, String trackingNumber, Source source, Instant at) {
        jdbc.sql("""
                        insert into stat_complaint_tag as t (tag, tracking_number, source, tagged_at)
                        values (:tag, :number, :source, :at)
                        on conflict (tag, tracking_number) do update set source = excluded.source,
                               tagged_at = excluded.tagged_at
                         where t.source <> 'DOOR' and t.source <> excluded.source""")
                .param("tag", tag).param("number", trackingNumber).param("source", source.name())
                .param("at", Timestamp.from(at)).update();
    }

    /** Puts complaints in the set at once; those in it already keep the reason they have. How many were new. */
    public int tagAll(String tag, List<String> trackingNumbers, Source source, Instant at) {
        return jdbc.sql("""
                        insert into stat_complaint_tag (tag, tracking_number, source, tagged_at)
                        select :tag, number, :source, :at from unnest(:numbers::varchar[]) as n(number)
                        on conflict (tag, tracking_number) do nothing""")
                .param("tag", tag).param("source", source.name()).param("at", Timestamp.from(at))
                .param("numbers", trackingNumbers.toArray(String[]::new)).update();
    }

    /** Takes the complaint out of the set, unless it came through the set's door. */
    public void untagUnlessDoor(String tag, String trackingNumber) {
        jdbc.sql("delete from stat_complaint_tag where tag = ? and tracking_number = ? and source <> 'DOOR'")
                .params(tag, trackingNumber).update();
    }

    @Transactional(readOnly = true)
    public Optional<Source> sourceOf(String tag, String trackingNumber) {
        return jdbc.sql("select source from stat_complaint_tag where tag = ? and tracking_number = ?")
                .params(tag, trackingNumber).query(String.class).optional().map(Source::valueOf);
    }

    /** The set's open complaints, oldest first ({@code withConfidential}: for staff only). */
    @Transactional(readOnly = true)
    public List<Open> oldestOpen(String tag, boolean withConfidential, int limit) {
        return jdbc.sql("""
                        select s.tracking_number, s.agency_code, s.status, s.province_code, s.confidential,
                               s.submitted_at
                          from stat_complaint_tag t join stat_complaint s using (tracking_number)
                         where t.tag = :tag and s.submitted_at is not null and %s
                           and (:confidential or not s.confidential)
                         order by s.submitted_at, s.tracking_number limit :limit""".formatted(Backlog.OPEN))
                .param("tag", tag).param("confidential", withConfidential).param("limit", limit)
                .query((rs, row) -> new Open(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getBoolean(5), rs.getTimestamp(6).toInstant()))
                .list();
    }

    /** The set's public complaints per province and week over {@code weeks} weeks from {@code firstDay} (WIB). */
    @Transactional(readOnly = true)
    public List<Weekly> weekly(String tag, LocalDate firstDay, int weeks) {
        return jdbc.sql("""
                        select s.province_code, ((s.submitted_at at time zone :zone)::date - :first) / 7, count(*)
                          from stat_complaint_tag t join stat_complaint s using (tracking_number)
                         where t.tag = :tag and not s.confidential and s.province_code is not null
                           and s.submitted_at >= :from and s.submitted_at < :to
                         group by 1, 2""")
                .param("tag", tag).param("zone", Scope.PERIOD_ZONE.getId()).param("first", firstDay)
                .param("from", Timestamp.from(firstDay.atStartOfDay(Scope.PERIOD_ZONE).toInstant()))
                .param("to", Timestamp.from(firstDay.plusWeeks(weeks).atStartOfDay(Scope.PERIOD_ZONE).toInstant()))
                .query((rs, row) -> new Weekly(rs.getString(1), rs.getInt(2), rs.getLong(3))).list();
    }
}
