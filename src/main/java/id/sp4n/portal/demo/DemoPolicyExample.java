package id.sp4n.portal.demo;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import id.sp4n.portal.agency.AgencyHierarchy;
import id.sp4n.portal.audit.AuditLog;
import id.sp4n.portal.policy.FollowUpForm;
import id.sp4n.portal.policy.PolicyRegister;
import id.sp4n.portal.statistics.Scope;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One example entry of the policy register over the demo history, so that a newcomer sees a follow-up with its
 * complaints and its effect measured: the busiest category in one province over the 60 days before a service change
 * done 60 days ago, citing up to {@value #CITED} of those complaints. Its title says it is an example.
 */
final class DemoPolicyExample {

    static final int WINDOW_DAYS = 60;
    static final int CITED = 20;

    private final JdbcClient jdbc;
    private final PolicyRegister register;
    private final AgencyHierarchy agencies;
    private final Clock clock;

    DemoPolicyExample(JdbcClient jdbc, PolicyRegister register, AgencyHierarchy agencies, Clock clock) {
        this.jdbc = jdbc;
        this.register = register;
        this.agencies = agencies;
        this.clock = clock;
    }

    /** The entry's id; empty when the history has no public complaint in the window. */
    Optional<Long> open() {
        LocalDate done = LocalDate.now(clock.withZone(Scope.PERIOD_ZONE)).minusDays(WINDOW_DAYS);
        Timestamp from = Timestamp.from(done.minusDays(WINDOW_DAYS).atStartOfDay(Scope.PERIOD_ZONE).toInstant());
        Timestamp until = Timestamp.from(done.atStartOfDay(Scope.PERIOD_ZONE).toInstant());
        Optional<List<String>> busiest = jdbc.sql("""
                        select category_code, province_code from complaint
                         where not confidential and submitted_at >= ? and submitted_at < ?
                           and category_code is not null and province_code is not null
                         group by 1, 2 order by count(*) desc, 1, 2 limit 1""")
                .params(from, until).query((rs, row) -> List.of(rs.getString(1), rs.getString(2))).optional();
        if (busiest.isEmpty()) {
            return Optional.empty();
        }
        String category = busiest.get().get(0);
        String province = busiest.get().get(1);
        List<String> cited = jdbc.sql("""
                        select tracking_number from complaint
                         where not confidential and category_code = ? and province_code = ?
                           and submitted_at >= ? and submitted_at < ?
                         order by submitted_at desc limit ?""")
                .params(category, province, from, until, CITED).query(String.class).list();
        String government = "pemda-" + province;
        String agency = agencies.tree().contains(government) ? government : agencies.tree().root().code();
        FollowUpForm form = new FollowUpForm(agency, "Contoh demo: alur layanan diubah setelah pengaduan berulang",
                category, province,
                "Contoh demo. Pengaduan kategori ini di provinsi ini paling banyak dalam 60 hari: warga tidak tahu ke"
                        + " mana harus datang dan berkas sering dikembalikan karena syaratnya tidak diumumkan.",
                "SERVICE_CHANGE",
                "Contoh demo. Syarat dan alur layanan diumumkan di setiap kantor dan di laman instansi; loket"
                        + " informasi dibuka setiap hari kerja.",
                "Sekretariat daerah", "DONE", done.minusDays(14).toString(), done.toString());
        PolicyRegister.Editor system = new PolicyRegister.Editor(AuditLog.Actor.system(), agencies.tree().root().code());
        return Optional.of(register.open(system, form, cited).id());
    }
}
