package id.sp4n.portal.benchmark;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import id.sp4n.portal.PortalApplication;
import id.sp4n.portal.complaint.HopRecord;
import id.sp4n.portal.complaint.TrackingNumber;
import id.sp4n.portal.identity.Role;
import id.sp4n.portal.identity.StaffEnrolment;
import id.sp4n.portal.routing.Route;
import id.sp4n.portal.routing.RoutePlanner;
import id.sp4n.portal.sla.WorkingDayCalendar;
import id.sp4n.portal.sla.WorkingDayCalendars;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Fills the portal's database with realistic complaints for load tests: real regencies (weighted by population,
 * so Java's big regencies are the busy ones), real categories and their keywords in Indonesian titles and
 * chronologies, every state, and the trail the real {@link RoutePlanner} plans from a national or regional door.
 * <p>
 * Run it with the portal stopped (it opens the same embedded database, or the one given in
 * {@code spring.datasource.url}):
 * <pre>./mvnw -Pgenerate-data -Dcomplaints=1000000</pre>
 * Secondary indexes are dropped during the load and rebuilt after it (bulk-building a GIN index is many times
 * faster than updating it row by row). Two accounts are enrolled for the inbox benchmark (see
 * {@code src/test/load/run-inbox.sh}).
 */
public final class ComplaintGenerator {

    static final String BENCHMARK_PASSWORD = "beban-inbox-2026";
    static final String BUSY_OFFICER = "beban.petugas@sp4n.test";
    static final String NATIONAL_DESK = "beban.nasional@sp4n.test";

    private static final int BATCH = 10_000;
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
    private final RoutePlanner planner;
    private final WorkingDayCalendars calendars;
    private final SplittableRandom random = new SplittableRandom(20261123L);
    private final List<Regency> regencies;
    private final long[] cumulativePopulation;
    private final List<Category> categories;
    private final Map<String, Route> routes = new LinkedHashMap<>();
    private final Instant now = Instant.now();

    private ComplaintGenerator(ConfigurableApplicationContext context) {
        this.jdbc = context.getBean(JdbcClient.class);
        this.dataSource = context.getBean(DataSource.class);
        this.planner = context.getBean(RoutePlanner.class);
        this.calendars = context.getBean(WorkingDayCalendars.class);
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

    public static void main(String[] args) throws Exception {
        int count = Integer.parseInt(args.length > 0 ? args[0] : "1000000");
        // The whole portal (on a random port, unused) so that routing and the calendars are the real ones.
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(PortalApplication.class)
                .run("--server.port=0", "--logging.level.root=WARN")) {
            ComplaintGenerator generator = new ComplaintGenerator(context);
            Instant start = Instant.now();
            generator.generate(count);
            String busiest = generator.enrolBenchmarkAccounts(context.getBean(StaffEnrolment.class));
            System.out.printf("Generated %,d complaints in %s. Busiest agency: %s (%s), national desk: %s; password %s%n",
                    count, Duration.between(start, Instant.now()), busiest, BUSY_OFFICER, NATIONAL_DESK,
                    BENCHMARK_PASSWORD);
        }
    }

    private void generate(int count) throws SQLException, IOException {
        List<String> indexes = jdbc.sql("""
                        select indexdef from pg_indexes i
                         where i.schemaname = 'public' and i.tablename in ('complaint', 'complaint_hop', 'complaint_entry')
                           and not exists (select 1 from pg_constraint c where c.conname = i.indexname)""")
                .query(String.class).list();
        List<String> names = jdbc.sql("""
                        select indexname from pg_indexes i
                         where i.schemaname = 'public' and i.tablename in ('complaint', 'complaint_hop', 'complaint_entry')
                           and not exists (select 1 from pg_constraint c where c.conname = i.indexname)""")
                .query(String.class).list();
        names.forEach(name -> jdbc.sql("drop index " + name).update());
        try (Connection connection = dataSource.getConnection()) {
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            for (int done = 0; done < count; done += BATCH) {
                batch(copy, connection, Math.min(BATCH, count - done));
                if ((done / BATCH) % 10 == 0) {
                    System.out.printf("%,d complaints%n", done + BATCH);
                }
            }
        } finally {
            System.out.println("Rebuilding " + indexes.size() + " indexes");
            indexes.forEach(definition -> jdbc.sql(definition).update());
            jdbc.sql("analyze complaint").update();
            jdbc.sql("analyze complaint_hop").update();
            jdbc.sql("analyze complaint_entry").update();
        }
    }

    private void batch(CopyManager copy, Connection connection, int size) throws SQLException, IOException {
        List<Generated> batch = new ArrayList<>(size);
        StringBuilder rows = new StringBuilder(size * 900);
        for (int i = 0; i < size; i++) {
            Generated complaint = next();
            batch.add(complaint);
            complaint.appendCsv(rows);
        }
        copy.copyIn("""
                copy complaint (tracking_number, access_key_hash, type, status, title, description, incident_date,
                                province_code, regency_code, district_code, category_code, door_agency_code,
                                current_agency_code, anonymous, confidential, reporter_name, reporter_email,
                                submitted_at, routed_at, misconduct, due_on, archive_reason, responded_at, rating)
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
        if (!connection.getAutoCommit()) {
            connection.commit();
        }
    }

    private Generated next() {
        Regency regency = regencies.get(pickRegency());
        Category category = random.nextInt(10) == 0 ? null : categories.get(random.nextInt(categories.size()));
        String door = random.nextInt(5) < 2 ? "kemenpanrb"
                : random.nextBoolean() ? "pemda-" + regency.code() : "pemda-" + regency.provinceCode();
        String routeKey = door + "|" + (category == null ? "" : category.code()) + "|" + regency.code();
        Route route = routes.computeIfAbsent(routeKey, key -> planner.plan(door, category == null ? null
                : category.code(), regency.provinceCode(), regency.code(), null));
        String state = pickState();
        boolean open = !state.equals("COMPLETED") && !state.equals("ARCHIVED") && !state.equals("RESPONDED");
        // Open complaints are recent; closed ones spread over three years.
        long ageSeconds = open ? random.nextLong(Duration.ofDays(60).toSeconds())
                : random.nextLong(Duration.ofDays(3 * 365).toSeconds());
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

    private String enrolBenchmarkAccounts(StaffEnrolment enrolment) {
        String busiest = jdbc.sql("""
                        select current_agency_code from complaint
                         where status in ('SUBMITTED', 'VERIFIED', 'IN_PROGRESS', 'ON_HOLD')
                         group by current_agency_code order by count(*) desc limit 1""")
                .query(String.class).single();
        jdbc.sql("delete from account where email = :email and agency_code <> :agency")
                .param("email", BUSY_OFFICER).param("agency", busiest).update();
        enrolment.enrolIfAbsent(BUSY_OFFICER, BENCHMARK_PASSWORD, "Petugas Beban", Role.OFFICER, busiest);
        enrolment.enrolIfAbsent(NATIONAL_DESK, BENCHMARK_PASSWORD, "Meja Nasional Beban", Role.NATIONAL_ADMIN,
                "kemenpanrb");
        return busiest;
    }

    /** One generated complaint, written as CSV rows for COPY. */
    private final class Generated {

        private final String number;
        private final Regency regency;
        private final Category category;
        private final String door;
        private final Route route;
        private final String state;
        private final Instant submitted;
        private final Instant routed;

        Generated(String number, Regency regency, Category category, String door, Route route, String state,
                  Instant submitted) {
            this.number = number;
            this.regency = regency;
            this.category = category;
            this.door = door;
            this.route = route;
            this.state = state;
            this.submitted = submitted;
            this.routed = submitted.plusMillis(200 + random.nextInt(2000));
        }

        String number() {
            return number;
        }

        private String holder() {
            return route.hops().isEmpty() ? door : route.hops().get(route.hops().size() - 1).toAgencyCode();
        }

        private Instant respondedAt() {
            return routed.plus(Duration.ofHours(4 + random.nextInt(24 * 20)));
        }

        void appendCsv(StringBuilder out) {
            String topic = category == null ? "pelayanan umum"
                    : category.keywords().isEmpty() ? category.name().toLowerCase()
                    : category.keywords().get(random.nextInt(category.keywords().size()));
            String place = regency.name();
            String title = String.format(TITLES[random.nextInt(TITLES.length)], topic, place);
            if (title.length() > 150) {
                title = title.substring(0, 150);
            }
            StringBuilder description = new StringBuilder();
            for (int s = 0; s < 3 + random.nextInt(4); s++) {
                description.append(String.format(SENTENCES[random.nextInt(SENTENCES.length)], topic)).append(' ');
            }
            boolean responded = state.equals("RESPONDED") || state.equals("COMPLETED");
            String type = random.nextInt(10) < 7 ? "PENGADUAN" : random.nextBoolean() ? "ASPIRASI" : "PERMINTAAN_INFORMASI";
            String due = null;
            if (state.equals("SUBMITTED") || state.equals("VERIFIED") || state.equals("IN_PROGRESS")) {
                WorkingDayCalendar calendar = calendars.forAgency(holder());
                due = calendar.addWorkingDays(calendar.dateOf(routed), state.equals("SUBMITTED") ? 3 : 5).toString();
            }
            String district = regency.districts().isEmpty() || random.nextInt(3) == 0 ? null
                    : regency.districts().get(random.nextInt(regency.districts().size()));
            csv(out, number, sha256(number), type, state, title, description.toString().strip(),
                    LocalDate.ofInstant(submitted, java.time.ZoneOffset.UTC).minusDays(random.nextInt(10)).toString(),
                    regency.provinceCode(), regency.code(), district, category == null ? null : category.code(), door,
                    holder(), bool(random.nextInt(10) == 0), bool(random.nextInt(20) == 0), "Warga " + number.substring(0, 5),
                    "warga." + number.toLowerCase() + "@contoh.id", submitted.toString(), routed.toString(),
                    bool(random.nextInt(25) == 0), due,
                    state.equals("ARCHIVED") ? ARCHIVE_REASONS[random.nextInt(ARCHIVE_REASONS.length)] : null,
                    responded ? respondedAt().toString() : null,
                    state.equals("COMPLETED") && random.nextBoolean() ? String.valueOf(1 + random.nextInt(5)) : null);
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
            if (state.equals("RESPONDED") || state.equals("COMPLETED")) {
                csv(out, String.valueOf(id), "RESPONSE", RESPONSES[random.nextInt(RESPONSES.length)],
                        "Petugas " + holder(), holder(), "IN_PROGRESS", "RESPONDED", respondedAt().toString());
            }
        }
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
