package id.sp4n.portal.demo;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import id.sp4n.portal.complaint.CaseAction;
import id.sp4n.portal.complaint.ComplaintActedOn;
import id.sp4n.portal.complaint.ComplaintFacts;
import id.sp4n.portal.complaint.ComplaintRouted;
import id.sp4n.portal.complaint.ComplaintStatus;
import id.sp4n.portal.complaint.ComplaintSubmitted;
import id.sp4n.portal.complaint.DeadlineReached;
import id.sp4n.portal.complaint.HopRecord;
import id.sp4n.portal.complaint.IntakeChannel;
import id.sp4n.portal.complaint.ReportType;
import id.sp4n.portal.complaint.ReporterAction;
import id.sp4n.portal.complaint.ReporterActedOn;
import id.sp4n.portal.complaint.RunningLimit;
import id.sp4n.portal.complaint.TimeLimits;
import id.sp4n.portal.complaint.TrackingNumber;
import id.sp4n.portal.routing.Route;
import id.sp4n.portal.routing.RoutePlanner;
import id.sp4n.portal.sla.WorkingDayCalendar;
import id.sp4n.portal.sla.WorkingDayCalendars;
import id.sp4n.portal.statistics.StatisticsHistory;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes realistic complaints with their history: real regencies (weighted by population, so Java's big regencies
 * are the busy ones), real categories and their keywords in Indonesian titles and chronologies, every state, the trail
 * the real {@link RoutePlanner} plans from a national or regional door, responses, ratings, reopenings, automatic
 * completions and escalations — and, for each complaint, the typed events its history would have published, logged
 * for the statistics module ({@link StatisticsHistory}), so the figures describe exactly the complaints written.
 * <p>
 * Used for the demo history of a fresh embedded database ({@link DemoHistory}) and for load tests
 * ({@code ./mvnw -Pgenerate-data -Dcomplaints=1000000}, docs/benchmarks.md). Each batch of 10,000 complaints is one
 * transaction, rows and events together. Complaints go in by COPY (plain SQL into the complaint module's tables, the
 * one place outside that module that writes them: generating a million through the use cases would take hours);
 * for a large load the secondary indexes are dropped and rebuilt after it (bulk-building a GIN index is many times
 * faster than updating it row by row).
 */
public final class ComplaintGenerator {

    private static final int BATCH = 10_000;
    private static final int REBUILD_INDEXES_FROM = 100_000;
    private static final String[] STATES = {"SUBMITTED", "VERIFIED", "ON_HOLD", "IN_PROGRESS", "RESPONDED",
            "COMPLETED", "ARCHIVED"};
    /** Per mille of each state, in the order above: most old complaints are done, recent ones are open. */
    private static final int[] STATE_WEIGHTS = {110, 30, 40, 150, 120, 470, 80};
    private static final String[] ARCHIVE_REASONS = {"NOT_PUBLIC_SERVICE", "INSUFFICIENT_INFORMATION", "SPAM_ABUSE"};
    private static final String[] TITLES = {
            "Keluhan %s di %s belum ditangani", "Mohon perbaikan %s di %s", "%s di %s sangat mengecewakan",
            "Pengaduan soal %s di wilayah %s", "Masalah %s yang berlarut-larut di %s",
            "Warga %2$s mengeluhkan %1$s", "Pelayanan %s di %s lambat", "Permintaan informasi tentang %s di %s"};
    private static final String[] SENTENCES = {
            "Sudah lebih dari dua minggu masalah %s ini dibiarkan tanpa tindak lanjut.",
            "Warga sekitar sudah melapor ke kelurahan tetapi belum ada jawaban.",
            "Kejadian ini terjadi hampir setiap hari, terutama pada pagi hari.",
            "Kami mohon instansi terkait segera turun ke lapangan untuk memeriksa %s.",
            "Beberapa tetangga juga mengalami hal yang sama dan siap memberi keterangan.",
            "Foto kondisi terakhir sudah kami simpan dan dapat dikirim bila diperlukan.",
            "Petugas yang kami temui meminta biaya tambahan di luar ketentuan.",
            "Anak-anak dan lansia paling terdampak oleh masalah %s ini.",
            "Kami berharap ada kepastian waktu penyelesaian dari pemerintah daerah."};
    private static final String[] RESPONSES = {
            "Terima kasih atas laporannya. Tim kami sudah meninjau lokasi dan perbaikan dijadwalkan minggu ini.",
            "Laporan sudah kami tindak lanjuti bersama kecamatan; petugas akan menghubungi pelapor.",
            "Kami telah memanggil petugas yang bersangkutan dan memberikan pembinaan sesuai ketentuan."};

    private record Regency(String code, String provinceCode, String name, long population, List<String> districts) {
    }

    private record Category(String code, String name, List<String> keywords) {
    }

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final TransactionTemplate transaction;
    private final RoutePlanner planner;
    private final WorkingDayCalendars calendars;
    private final StatisticsHistory history;
    private final SplittableRandom random;
    private final Instant now;
    private final List<Regency> regencies;
    private final long[] cumulativePopulation;
    private final List<Category> categories;
    private final Map<String, Route> routes = new LinkedHashMap<>();

    public ComplaintGenerator(JdbcClient jdbc, DataSource dataSource, PlatformTransactionManager transactions,
                              RoutePlanner planner, WorkingDayCalendars calendars, StatisticsHistory history,
                              Instant now, long seed) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.transaction = new TransactionTemplate(transactions);
        this.planner = planner;
        this.calendars = calendars;
        this.history = history;
        this.now = now;
        this.random = new SplittableRandom(seed);
        Map<String, List<String>> districts = jdbc.sql("select code, parent_code from region where level = 'DISTRICT'")
                .query((rs, row) -> new String[] {rs.getString(1), rs.getString(2)}).list().stream()
                .collect(Collectors.groupingBy(r -> r[1], Collectors.mapping(r -> r[0], Collectors.toList())));
        this.regencies = jdbc.sql("""
                        select code, parent_code, name, coalesce(population, 100000) from region
                         where level in ('REGENCY', 'CITY') order by code""")
                .query((rs, row) -> new Regency(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4),
                        districts.getOrDefault(rs.getString(1), List.of())))
                .list();
        this.cumulativePopulation = new long[regencies.size()];
        long sum = 0;
        for (int i = 0; i < regencies.size(); i++) {
            sum += regencies.get(i).population();
            cumulativePopulation[i] = sum;
        }
        this.categories = jdbc.sql("select code, name_id, keywords from category order by code")
                .query((rs, row) -> new Category(rs.getString(1), rs.getString(2),
                        List.of((String[]) rs.getArray(3).getArray())))
                .list();
    }

    /**
     * Writes {@code count} complaints: closed ones filed over the last {@code span}, open ones over its last 60 days
     * at most (old complaints are done, recent ones open), each with its events.
     */
    public void generate(int count, Duration span) {
        List<String> indexes = count >= REBUILD_INDEXES_FROM ? secondaryIndexes() : List.of();
        indexes.forEach(definition -> jdbc.sql("drop index " + definition.split(" ")[2]).update());
        try {
            for (int done = 0; done < count; done += BATCH) {
                int size = Math.min(BATCH, count - done);
                transaction.executeWithoutResult(tx -> batch(size, span));
                if (count >= REBUILD_INDEXES_FROM && (done / BATCH) % 10 == 0) {
                    System.out.printf("%,d complaints%n", done + size);
                }
            }
        } finally {
            indexes.forEach(definition -> jdbc.sql(definition).update());
            for (String table : List.of("complaint", "complaint_hop", "complaint_entry")) {
                jdbc.sql("analyze " + table).update();
            }
        }
    }

    private List<String> secondaryIndexes() {
        return jdbc.sql("""
                        select indexdef from pg_indexes i
                         where i.schemaname = 'public' and i.tablename in ('complaint', 'complaint_hop', 'complaint_entry')
                           and not exists (select 1 from pg_constraint c where c.conname = i.indexname)""")
                .query(String.class).list();
    }

    private void batch(int size, Duration span) {
        List<Generated> batch = new ArrayList<>(size);
        StringBuilder rows = new StringBuilder(size * 900);
        for (int i = 0; i < size; i++) {
            Generated complaint = next(span);
            batch.add(complaint);
            complaint.appendCsv(rows);
        }
        // The transaction's own connection, so rows and events commit together.
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            copy.copyIn("""
                    copy complaint (tracking_number, access_key_hash, type, status, title, description, incident_date,
                                    province_code, regency_code, district_code, category_code, door_agency_code,
                                    current_agency_code, anonymous, confidential, reporter_name, reporter_email,
                                    submitted_at, routed_at, misconduct, due_on, archive_reason, responded_at, rating,
                                    rated_at, channel, reopen_count, escalation_level)
                    from stdin with (format csv)""", new StringReader(rows.toString()));
            Map<String, Long> ids = jdbc.sql("select tracking_number, id from complaint where tracking_number = any(:numbers)")
                    .param("numbers", batch.stream().map(Generated::number).toArray(String[]::new))
                    .query((rs, row) -> Map.entry(rs.getString(1), rs.getLong(2))).list().stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
            StringBuilder hops = new StringBuilder(size * 400);
            StringBuilder entries = new StringBuilder(size * 200);
            for (Generated complaint : batch) {
                complaint.appendHops(hops, ids.get(complaint.number()));
                complaint.appendEntries(entries, ids.get(complaint.number()));
            }
            copy.copyIn("""
                    copy complaint_hop (complaint_id, seq, from_agency_code, to_agency_code, at, actor_kind, rule,
                                        reason_code, reason_args)
                    from stdin with (format csv)""", new StringReader(hops.toString()));
            copy.copyIn("""
                    copy complaint_entry (complaint_id, kind, body, author_name, agency_code, from_status, to_status, at)
                    from stdin with (format csv)""", new StringReader(entries.toString()));
        } catch (SQLException e) {
            throw new IllegalStateException("could not write generated complaints", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
        List<Object> events = new ArrayList<>(size * 6);
        batch.forEach(complaint -> events.addAll(complaint.events()));
        history.record(events);
    }

    private Generated next(Duration span) {
        Regency regency = regencies.get(pickRegency());
        Category category = random.nextInt(10) == 0 ? null : categories.get(random.nextInt(categories.size()));
        String door = random.nextInt(5) < 2 ? "kemenpanrb"
                : random.nextBoolean() ? "pemda-" + regency.code() : "pemda-" + regency.provinceCode();
        String routeKey = door + "|" + (category == null ? "" : category.code()) + "|" + regency.code();
        Route route = routes.computeIfAbsent(routeKey, key -> planner.plan(door, category == null ? null
                : category.code(), regency.provinceCode(), regency.code(), null));
        // Filed evenly over the span; most complaints older than 60 days are done, a few are still open (the
        // backlog an agency has to explain).
        long ageSeconds = random.nextLong(Math.max(span.toSeconds(), 3600));
        String state = pickState();
        boolean open = !state.equals("COMPLETED") && !state.equals("ARCHIVED") && !state.equals("RESPONDED");
        if (open && ageSeconds > Duration.ofDays(60).toSeconds() && random.nextInt(8) != 0) {
            state = random.nextInt(8) == 0 ? "ARCHIVED" : "COMPLETED";
        }
        Instant submitted = now.minusSeconds(ageSeconds + 60);
        return new Generated(TrackingNumber.random().value(), regency, category, door, route, state, submitted);
    }

    private int pickRegency() {
        long point = random.nextLong(cumulativePopulation[cumulativePopulation.length - 1]);
        int low = 0;
        int high = cumulativePopulation.length - 1;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (cumulativePopulation[middle] <= point) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    private String pickState() {
        int point = random.nextInt(1000);
        for (int i = 0; i < STATES.length; i++) {
            point -= STATE_WEIGHTS[i];
            if (point < 0) {
                return STATES[i];
            }
        }
        return STATES[STATES.length - 1];
    }

    /**
     * One generated complaint: its whole history is decided when it is made, so the rows and the events tell the same
     * story. Every step lies between filing and now.
     */
    private final class Generated {

        private final String number;
        private final Regency regency;
        private final Category category;
        private final String door;
        private final Route route;
        private final ComplaintStatus status;
        private final ReportType type;
        private final IntakeChannel channel;
        private final boolean anonymous;
        private final boolean confidential;
        private final boolean misconduct;
        private final Instant submitted;
        private final Instant routed;
        /** Verification (or the archiving, for an archived one); null while submitted. */
        private final Instant verified;
        private final Instant held;
        private final Instant firstResponse;
        private final Instant reopened;
        private final Instant lastResponse;
        private final Instant completed;
        private final boolean autoCompleted;
        private final Integer rating;
        private final Instant escalated;
        private final String archiveReason;

        Generated(String number, Regency regency, Category category, String door, Route route, String state,
                  Instant submitted) {
            this.number = number;
            this.regency = regency;
            this.category = category;
            this.door = door;
            this.route = route;
            this.status = ComplaintStatus.valueOf(state);
            this.type = random.nextInt(10) < 7 ? ReportType.PENGADUAN
                    : random.nextBoolean() ? ReportType.ASPIRASI : ReportType.PERMINTAAN_INFORMASI;
            int channelPoint = random.nextInt(20);
            this.channel = channelPoint < 17 ? IntakeChannel.WEB : channelPoint < 19 ? IntakeChannel.API
                    : IntakeChannel.OPEN311;
            this.anonymous = random.nextInt(10) == 0;
            this.confidential = random.nextInt(20) == 0;
            this.misconduct = random.nextInt(25) == 0;
            this.submitted = submitted;
            this.routed = submitted.plusMillis(200 + random.nextInt(2000));
            boolean beyondVerification = status != ComplaintStatus.SUBMITTED;
            this.verified = beyondVerification ? until(routed, 1, 72) : null;
            this.archiveReason = status == ComplaintStatus.ARCHIVED
                    ? ARCHIVE_REASONS[random.nextInt(ARCHIVE_REASONS.length)] : null;
            this.held = status == ComplaintStatus.ON_HOLD ? until(verified, 1, 48) : null;
            boolean responded = status == ComplaintStatus.RESPONDED || status == ComplaintStatus.COMPLETED;
            this.firstResponse = responded ? until(verified, 4, 24 * 20) : null;
            this.reopened = responded && random.nextInt(10) == 0 ? until(firstResponse, 2, 72) : null;
            this.lastResponse = reopened == null ? firstResponse : until(reopened, 4, 24 * 5);
            this.autoCompleted = status == ComplaintStatus.COMPLETED && random.nextInt(3) == 0;
            this.completed = status != ComplaintStatus.COMPLETED ? null
                    : autoCompleted ? until(lastResponse, 24 * 10, 24 * 10) : until(lastResponse, 1, 24 * 5);
            this.rating = status == ComplaintStatus.COMPLETED && !autoCompleted && random.nextBoolean()
                    ? weightedStars() : null;
            boolean owed = status == ComplaintStatus.VERIFIED || status == ComplaintStatus.IN_PROGRESS;
            this.escalated = owed && Duration.between(submitted, now).toDays() > 15 && random.nextInt(3) == 0
                    ? until(submitted, 24 * 8, 24 * 8) : null;
        }

        /** An instant between {@code fromHours} and {@code toHours} after {@code start}, never after now. */
        private Instant until(Instant start, int fromHours, int toHours) {
            long seconds = Duration.ofHours(fromHours).toSeconds()
                    + random.nextLong(Duration.ofHours(toHours - fromHours).toSeconds() + 1);
            Instant at = start.plusSeconds(seconds);
            Instant latest = now.minusSeconds(30);
            return at.isAfter(latest) ? (start.isAfter(latest) ? start : latest) : at;
        }

        /** Mostly content, some not: 5 ★ 35 %, 4 ★ 30 %, 3 ★ 15 %, 2 ★ 10 %, 1 ★ 10 %. */
        private int weightedStars() {
            int point = random.nextInt(20);
            return point < 7 ? 5 : point < 13 ? 4 : point < 16 ? 3 : point < 18 ? 2 : 1;
        }

        String number() {
            return number;
        }

        private String holder() {
            return route.hops().isEmpty() ? door : route.hops().get(route.hops().size() - 1).toAgencyCode();
        }

        private ComplaintFacts facts(ComplaintStatus state, Instant at, int escalation, int reopens) {
            WorkingDayCalendar calendar = calendars.forAgency(holder());
            return new ComplaintFacts(number, type, category == null ? null : category.code(),
                    regency.provinceCode(), regency.code(), door, channel, holder(), state, misconduct, confidential,
                    state == ComplaintStatus.ARCHIVED ? archiveReason : null, submitted,
                    calendar.workingDaysBetween(calendar.dateOf(submitted), calendar.dateOf(at)), escalation, reopens,
                    limit(state), null);
        }

        /** The holder's running limit in a state, counted from arrival (nobody is assigned in a generated history). */
        private RunningLimit limit(ComplaintStatus state) {
            if (state != ComplaintStatus.SUBMITTED && state != ComplaintStatus.VERIFIED
                    && state != ComplaintStatus.IN_PROGRESS) {
                return null;
            }
            WorkingDayCalendar calendar = calendars.forAgency(holder());
            LocalDate arrived = calendar.dateOf(routed);
            return new RunningLimit(arrived, calendar.addWorkingDays(arrived, state == ComplaintStatus.SUBMITTED
                    ? TimeLimits.VERIFICATION_DAYS : TimeLimits.FIRST_FOLLOW_UP_DAYS));
        }

        private ComplaintActedOn acted(CaseAction action, ComplaintStatus before, ComplaintStatus after, Instant at,
                                       int reopens) {
            // No one's scope: nobody acted in a generated history, and the statistics never ask who did.
            return new ComplaintActedOn(action, facts(after, at, 0, reopens), holder(), before, null, at);
        }

        private ReporterActedOn reporter(ReporterAction action, ComplaintStatus before, ComplaintStatus after,
                                         Integer stars, Instant at, int reopens) {
            return new ReporterActedOn(action, facts(after, at, 0, reopens), holder(), before, stars, at);
        }

        /** What its history would have published, in the order it happened. */
        List<Object> events() {
            List<Object> events = new ArrayList<>(8);
            events.add(new ComplaintSubmitted(number, type, category == null ? null : category.code(),
                    regency.provinceCode(), regency.code(), door, null, channel, confidential, submitted));
            events.add(new ComplaintRouted(number, door, holder(), route.hops().size(), routed,
                    limit(ComplaintStatus.SUBMITTED)));
            if (verified == null) {
                return events;
            }
            if (status == ComplaintStatus.ARCHIVED) {
                events.add(acted(CaseAction.ARCHIVE, ComplaintStatus.SUBMITTED, ComplaintStatus.ARCHIVED, verified, 0));
                return events;
            }
            ComplaintStatus afterVerification = status == ComplaintStatus.VERIFIED ? ComplaintStatus.VERIFIED
                    : ComplaintStatus.IN_PROGRESS;
            events.add(acted(CaseAction.VERIFY, ComplaintStatus.SUBMITTED, afterVerification, verified, 0));
            if (held != null) {
                events.add(acted(CaseAction.HOLD, ComplaintStatus.IN_PROGRESS, ComplaintStatus.ON_HOLD, held, 0));
            }
            if (escalated != null) {
                WorkingDayCalendar calendar = calendars.forAgency(holder());
                events.add(new DeadlineReached(number, DeadlineReached.Kind.ESCALATION, holder(), null, 1,
                        calendar.dateOf(escalated), escalated, facts(status, escalated, 1, 0), 0));
            }
            if (firstResponse == null) {
                return events;
            }
            events.add(acted(CaseAction.RESPOND, ComplaintStatus.IN_PROGRESS, ComplaintStatus.RESPONDED,
                    firstResponse, 0));
            int reopens = 0;
            if (reopened != null) {
                reopens = 1;
                events.add(reporter(ReporterAction.REOPEN, ComplaintStatus.RESPONDED, ComplaintStatus.IN_PROGRESS,
                        null, reopened, reopens));
                events.add(acted(CaseAction.RESPOND, ComplaintStatus.IN_PROGRESS, ComplaintStatus.RESPONDED,
                        lastResponse, reopens));
            }
            if (completed == null) {
                return events;
            }
            if (autoCompleted) {
                WorkingDayCalendar calendar = calendars.forAgency(holder());
                events.add(new DeadlineReached(number, DeadlineReached.Kind.AUTO_COMPLETION, holder(), null, 0,
                        calendar.dateOf(completed), completed, facts(ComplaintStatus.COMPLETED, completed, 0, reopens),
                        0));
            } else {
                events.add(reporter(ReporterAction.ACCEPT, ComplaintStatus.RESPONDED, ComplaintStatus.COMPLETED,
                        null, completed, reopens));
            }
            if (rating != null) {
                events.add(reporter(ReporterAction.RATE, ComplaintStatus.COMPLETED, ComplaintStatus.COMPLETED,
                        rating, completed, reopens));
            }
            return events;
        }

        void appendCsv(StringBuilder out) {
            String topic = category == null ? "pelayanan umum"
                    : category.keywords().isEmpty() ? category.name().toLowerCase()
                    : category.keywords().get(random.nextInt(category.keywords().size()));
            String title = String.format(TITLES[random.nextInt(TITLES.length)], topic, regency.name());
            if (title.length() > 150) {
                title = title.substring(0, 150);
            }
            StringBuilder description = new StringBuilder();
            for (int s = 0; s < 3 + random.nextInt(4); s++) {
                description.append(String.format(SENTENCES[random.nextInt(SENTENCES.length)], topic)).append(' ');
            }
            RunningLimit limit = limit(status);
            String due = limit == null ? null : limit.dueOn().toString();
            String district = regency.districts().isEmpty() || random.nextInt(3) == 0 ? null
                    : regency.districts().get(random.nextInt(regency.districts().size()));
            csv(out, number, sha256(number), type.name(), status.name(), title, description.toString().strip(),
                    LocalDate.ofInstant(submitted, ZoneOffset.UTC).minusDays(random.nextInt(10)).toString(),
                    regency.provinceCode(), regency.code(), district, category == null ? null : category.code(), door,
                    holder(), bool(anonymous), bool(confidential), "Warga " + number.substring(0, 5),
                    "warga." + number.toLowerCase() + "@contoh.id", submitted.toString(), routed.toString(),
                    bool(misconduct), due, archiveReason, text(lastResponse), rating == null ? null : rating.toString(),
                    rating == null ? null : completed.toString(), channel.name(), String.valueOf(reopened == null ? 0 : 1),
                    String.valueOf(escalated == null ? 0 : 1));
        }

        void appendHops(StringBuilder out, long id) {
            int seq = 0;
            for (HopRecord hop : route.hops()) {
                csv(out, String.valueOf(id), String.valueOf(++seq), hop.fromAgencyCode(), hop.toAgencyCode(),
                        routed.toString(), hop.actorKind().name(), hop.rule(), hop.reasonCode(),
                        hop.reasonArgs().stream().map(a -> "\"" + a.replace("\"", "\\\"") + "\"")
                                .collect(Collectors.joining(",", "{", "}")));
            }
        }

        void appendEntries(StringBuilder out, long id) {
            if (lastResponse != null) {
                csv(out, String.valueOf(id), "RESPONSE", RESPONSES[random.nextInt(RESPONSES.length)],
                        "Petugas " + holder(), holder(), "IN_PROGRESS", "RESPONDED", lastResponse.toString());
            }
        }
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }

    private static String bool(boolean value) {
        return value ? "t" : "f";
    }

    /** One CSV line; null becomes an unquoted empty field (NULL for COPY), text is always quoted. */
    private static void csv(StringBuilder out, String... fields) {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            if (fields[i] != null) {
                out.append('"').append(fields[i].replace("\"", "\"\"")).append('"');
            }
        }
        out.append('\n');
    }

    private static String sha256(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(("generated:" + value).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
