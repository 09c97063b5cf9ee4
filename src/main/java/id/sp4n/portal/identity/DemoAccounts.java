package id.sp4n.portal.identity;

import java.util.List;

import id.sp4n.portal.shared.ConditionalOnEmbeddedDatabase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Demo accounts for a local run on the embedded database, printed at startup so a newcomer can sign in
 * in every role. With an external database this class does not exist (see BootstrapAdmin instead).
 */
@Component
@ConditionalOnEmbeddedDatabase
class DemoAccounts implements ApplicationRunner {

    static final String PASSWORD = "demo-sp4n-2026";

    static final List<DemoAccount> ACCOUNTS = List.of(
            new DemoAccount("admin@sp4n.test", "Admin Nasional KemenPAN-RB", Role.NATIONAL_ADMIN, "kemenpanrb"),
            new DemoAccount("admin.bandung@sp4n.test", "Admin Pemkot Bandung", Role.AGENCY_ADMIN, "pemda-32.73"),
            new DemoAccount("petugas.bandung@sp4n.test", "Petugas Pemkot Bandung", Role.OFFICER, "pemda-32.73"),
            new DemoAccount("petugas.disdik.bandung@sp4n.test", "Petugas Disdik Kota Bandung", Role.OFFICER,
                    "pemda-32.73/DISDIK"),
            new DemoAccount("admin.jabar@sp4n.test", "Admin Pemprov Jawa Barat", Role.AGENCY_ADMIN, "pemda-32"),
            new DemoAccount("petugas.jabar@sp4n.test", "Petugas Pemprov Jawa Barat", Role.OFFICER, "pemda-32"),
            new DemoAccount("ombudsman@sp4n.test", "Pengawas Ombudsman RI", Role.OVERSIGHT, "ombudsman"),
            new DemoAccount("kemendagri@sp4n.test", "Pengawas Kemendagri", Role.OVERSIGHT, "kemendagri"),
            new DemoAccount("ksp@sp4n.test", "Pemantau Kantor Staf Presiden", Role.OVERSIGHT, "ksp"));

    /** The demo's agency head (docs/0046): Bandung's admin receives the monthly leadership summaries. */
    static final String HEAD = "admin.bandung@sp4n.test";

    static final DemoAccount CITIZEN = new DemoAccount("warga@sp4n.test", "Warga Demo", Role.CITIZEN, null);

    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

    private final StaffEnrolment staff;
    private final CitizenAccounts citizens;
    private final org.springframework.jdbc.core.simple.JdbcClient jdbc;

    DemoAccounts(StaffEnrolment staff, CitizenAccounts citizens, org.springframework.jdbc.core.simple.JdbcClient jdbc) {
        this.staff = staff;
        this.citizens = citizens;
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) {
        ACCOUNTS.forEach(a -> staff.enrolIfAbsent(a.email(), PASSWORD, a.name(), a.role(), a.agencyCode()));
        citizens.createVerifiedIfAbsent(CITIZEN.email(), PASSWORD, CITIZEN.name());
        // Only while the agency has no head: a head named since in the portal is left as it is.
        jdbc.sql("""
                update account a set agency_head = true where lower(a.email) = lower(?)
                   and not exists (select 1 from account h where h.agency_code = a.agency_code and h.agency_head)""")
                .param(HEAD).update();
        StringBuilder table = new StringBuilder("\n\nDemo accounts (embedded database only), password \"")
                .append(PASSWORD).append("\":\n");
        ACCOUNTS.forEach(a -> table.append(String.format("  %-16s %-34s %s%n", a.role(), a.email(), a.agencyCode())));
        table.append(String.format("  %-16s %-34s%n", CITIZEN.role(), CITIZEN.email()));
        table.append("  (").append(HEAD).append(" is the head of its agency: it receives the monthly summaries)\n");
        log.info(table.toString());
    }

    record DemoAccount(String email, String name, Role role, String agencyCode) {
    }
}
