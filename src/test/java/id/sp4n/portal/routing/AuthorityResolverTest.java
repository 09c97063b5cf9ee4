package id.sp4n.portal.routing;

import static org.assertj.core.api.Assertions.assertThat;

import id.sp4n.portal.agency.AgencyHierarchy;
import id.sp4n.portal.support.PortalTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The authority rule of domain.md over the real seeded hierarchy: every category for Kota Bandung (32.73) and
 * for Jakarta Selatan (31.74), overrides, a missing unit, and "not sure".
 */
@PortalTest
class AuthorityResolverTest {

    @Autowired
    AuthorityResolver resolver;

    @Autowired
    AgencyHierarchy hierarchy;

    @Autowired
    ResponsibilityRules rules;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transaction;

    /** Commits a change of reference data (the caches only see committed data), runs the check, undoes it. */
    private void withCommitted(String change, String undo, Runnable check) {
        transaction.executeWithoutResult(status -> jdbc.sql(change).update());
        hierarchy.invalidate();
        rules.invalidate();
        try {
            check.run();
        } finally {
            transaction.executeWithoutResult(status -> jdbc.sql(undo).update());
            hierarchy.invalidate();
            rules.invalidate();
        }
    }

    private AuthorityDecision resolve(String category, String province, String regency) {
        return resolver.resolve(hierarchy.tree(), category, province, regency);
    }

    @ParameterizedTest(name = "{0}: Kota Bandung → {1}, Jakarta Selatan → {2}")
    @CsvSource(delimiter = '|', value = {
            "PENDIDIKAN-DASAR                | pemda-32.73/DISDIK      | pemda-31/DISDIK",
            "PENDIDIKAN-MENENGAH             | pemda-32/DISDIK         | pemda-31/DISDIK",
            "PENDIDIKAN-TINGGI               | kemdiktisaintek         | kemdiktisaintek",
            "KEAGAMAAN                       | kemenag                 | kemenag",
            "KESEHATAN-DASAR                 | pemda-32.73/DINKES      | pemda-31/DINKES",
            "RUMAH-SAKIT-PROVINSI            | pemda-32/DINKES         | pemda-31/DINKES",
            "RUMAH-SAKIT-PUSAT               | kemenkes                | kemenkes",
            "JAMINAN-KESEHATAN               | bpjs-kesehatan          | bpjs-kesehatan",
            "OBAT-MAKANAN                    | bpom                    | bpom",
            "STUNTING                        | pemda-32.73/DINKES      | pemda-31/DINKES",
            "MAKAN-BERGIZI                   | bgn                     | bgn",
            "JALAN-KABUPATEN                 | pemda-32.73/PUPR        | pemda-31/PUPR",
            "JALAN-PROVINSI                  | pemda-32/PUPR           | pemda-31/PUPR",
            "JALAN-NASIONAL                  | kemenpu                 | kemenpu",
            "AIR-MINUM                       | pemda-32.73/PDAM        | pemda-31/PDAM",
            "SUNGAI-IRIGASI                  | pemda-32.73/PUPR        | pemda-31/PUPR",
            "PERUMAHAN                       | pemda-32.73/PERKIM      | pemda-31/PERKIM",
            "BANGUNAN-TATA-RUANG             | pemda-32.73/PUPR        | pemda-31/PUPR",
            "KETERTIBAN-UMUM                 | pemda-32.73/SATPOLPP    | pemda-31/SATPOLPP",
            "KEBAKARAN                       | pemda-32.73/DAMKAR      | pemda-31/DAMKAR",
            "BENCANA                         | pemda-32.73/BPBD        | pemda-31/BPBD",
            "KEPOLISIAN                      | polri                   | polri",
            "BANSOS-PUSAT                    | kemensos                | kemensos",
            "LAYANAN-SOSIAL                  | pemda-32.73/DINSOS      | pemda-31/DINSOS",
            "PERLINDUNGAN-ANAK-PEREMPUAN     | pemda-32.73/DP3A        | pemda-31/DP3A",
            "PENGAWASAN-KETENAGAKERJAAN      | pemda-32/DISNAKER       | pemda-31/DISNAKER",
            "PENEMPATAN-KERJA                | pemda-32.73/DISNAKER    | pemda-31/DISNAKER",
            "JAMINAN-SOSIAL-KETENAGAKERJAAN  | bpjs-ketenagakerjaan    | bpjs-ketenagakerjaan",
            "PEKERJA-MIGRAN                  | kp2mi                   | kp2mi",
            "ADMINDUK                        | pemda-32.73/DUKCAPIL    | pemda-31/DUKCAPIL",
            "IMIGRASI                        | kemenimipas             | kemenimipas",
            "PERTANAHAN                      | atrbpn                  | atrbpn",
            "SAMPAH-KEBERSIHAN               | pemda-32.73/DLH         | pemda-31/DLH",
            "PENCEMARAN                      | pemda-32.73/DLH         | pemda-31/DLH",
            "KEHUTANAN                       | pemda-32/DISHUT         | pemda-31/DISHUT",
            "ANGKUTAN-PERKOTAAN              | pemda-32.73/DISHUB      | pemda-31/DISHUB",
            "ANGKUTAN-PROVINSI               | pemda-32/DISHUB         | pemda-31/DISHUB",
            "PERHUBUNGAN-NASIONAL            | kemenhub                | kemenhub",
            "KERETA-API                      | kai                     | kai",
            "LISTRIK                         | pln                     | pln",
            "BBM-LPG                         | pertamina               | pertamina",
            "TELEKOMUNIKASI-DIGITAL          | komdigi                 | komdigi",
            "JASA-KEUANGAN                   | ojk                     | ojk",
            "PASAR-PERDAGANGAN               | pemda-32.73/DISDAG      | pemda-31/DISDAG",
            "PERIZINAN-USAHA                 | pemda-32.73/DPMPTSP     | pemda-31/DPMPTSP",
            "KOPERASI-UMKM                   | pemda-32.73/DISKOP      | pemda-31/DISKOP",
            "PERTANIAN-PUPUK                 | pemda-32.73/DISTAN      | pemda-31/DISTAN",
            "PERIKANAN                       | pemda-32.73/DKP         | pemda-31/DKP",
            "PAJAK-PUSAT                     | kemenkeu                | kemenkeu",
            "PAJAK-DAERAH                    | pemda-32.73/BAPENDA     | pemda-31/BAPENDA",
            "PAJAK-KENDARAAN                 | pemda-32/BAPENDA        | pemda-31/BAPENDA",
            "KEPEGAWAIAN-ASN                 | bkn                     | bkn",
            "PEMERINTAHAN-DESA               | pemda-32.73/DPMD        | pemda-31/DPMD"})
    void shouldFindTheAuthorityOfEveryCategory(String category, String bandung, String jakarta) {
        assertThat(resolve(category, "32", "32.73").agencyCode()).isEqualTo(bandung);
        assertThat(resolve(category, "31", "31.74").agencyCode()).isEqualTo(jakarta);
    }

    @Test
    void shouldCoverEveryCategoryOfTheSeedInTheTableAbove() {
        long categories = jdbc.sql("select count(*) from category where tier is not null").query(Long.class).single();
        assertThat(categories).isEqualTo(53);
    }

    @Test
    void shouldExplainJakartaAndCentralDecisions() {
        AuthorityDecision jakarta = resolve("PENDIDIKAN-DASAR", "31", "31.74");
        assertThat(jakarta.kind()).isEqualTo(AuthorityDecision.Kind.JAKARTA);
        assertThat(jakarta.reasonCode()).isEqualTo("route.authority.jakarta");
        AuthorityDecision central = resolve("IMIGRASI", "32", "32.73");
        assertThat(central.kind()).isEqualTo(AuthorityDecision.Kind.CENTRAL);
        assertThat(central.reasonArgs()).containsExactly("category:IMIGRASI", "agency:kemenimipas");
        AuthorityDecision unit = resolve("PENDIDIKAN-MENENGAH", "32", "32.73");
        assertThat(unit.kind()).isEqualTo(AuthorityDecision.Kind.DEFAULT_UNIT);
        assertThat(unit.rule()).isEqualTo("DEFAULT PENDIDIKAN-MENENGAH: PROVINCE/DISDIK");
    }

    @Test
    void shouldNameNobodyForNotSureOrAnUnknownCategory() {
        for (String category : new String[] {"LAINNYA", null, "NO-SUCH-CATEGORY"}) {
            AuthorityDecision decision = resolve(category, "32", "32.73");
            assertThat(decision.hasAuthority()).isFalse();
            assertThat(decision.kind()).isEqualTo(AuthorityDecision.Kind.NONE);
        }
    }

    @Test
    void shouldLetTheGovernmentHandleItWhenItHasNoUnitOfTheHandlerKind() {
        withCommitted("update agency set active = false where code = 'pemda-32.73/PDAM'",
                "update agency set active = true where code = 'pemda-32.73/PDAM'", () -> {
                    AuthorityDecision decision = resolve("AIR-MINUM", "32", "32.73");

                    assertThat(decision.agencyCode()).isEqualTo("pemda-32.73");
                    assertThat(decision.kind()).isEqualTo(AuthorityDecision.Kind.DEFAULT_GOVERNMENT);
                    assertThat(decision.reasonCode()).isEqualTo("route.authority.noUnit");
                });
    }

    @Test
    void shouldPreferTheMostSpecificRuleInForce() {
        withCommitted("""
                insert into responsibility_rule (category_code, region_code, agency_code, effective_from)
                values ('PENDIDIKAN-DASAR', '32', 'pemda-32/DINKES', date '2026-01-01'),
                       ('PENDIDIKAN-DASAR', '32.73', 'pemda-32/DISDIK', date '2026-01-01'),
                       ('PENDIDIKAN-DASAR', '32.04', 'pemda-32/DISDIK', date '2999-01-01')""",
                "delete from responsibility_rule where category_code = 'PENDIDIKAN-DASAR'",
                this::checkMostSpecificRule);
    }

    private void checkMostSpecificRule() {
        AuthorityDecision bandung = resolve("PENDIDIKAN-DASAR", "32", "32.73");
        assertThat(bandung.kind()).isEqualTo(AuthorityDecision.Kind.OVERRIDE);
        assertThat(bandung.agencyCode()).isEqualTo("pemda-32/DISDIK");
        assertThat(bandung.rule()).startsWith("OVERRIDE #").contains("32.73");
        // Kabupaten Bandung's own rule starts in the future, so the province-wide rule applies there today.
        assertThat(resolve("PENDIDIKAN-DASAR", "32", "32.04").agencyCode()).isEqualTo("pemda-32/DINKES");
        // Other provinces keep the default.
        assertThat(resolve("PENDIDIKAN-DASAR", "33", "33.74").agencyCode()).isEqualTo("pemda-33.74/DISDIK");
    }
}
