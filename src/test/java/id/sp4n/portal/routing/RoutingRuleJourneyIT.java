package id.sp4n.portal.routing;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import id.sp4n.portal.identity.Role;
import id.sp4n.portal.identity.StaffEnrolment;
import id.sp4n.portal.support.PortalBrowser;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 6's journey in a real browser: the national admin adds the override "PENDIDIKAN-DASAR in 32.73 →
 * pemda-32/DISDIK", the simulator shows it deciding the route, and a complaint filed next follows it; then the
 * admin deletes it again. axe checks the rules page and the simulator.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "portal.intake.submissions-per-hour=0")
class RoutingRuleJourneyIT {

    private static final String PASSWORD = "kata-sandi-aturan-2026";

    static PortalBrowser browser;

    @LocalServerPort
    int port;

    @Autowired
    StaffEnrolment enrolment;

    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    static void startBrowser() {
        browser = new PortalBrowser();
    }

    @AfterAll
    static void stopBrowser() {
        browser.close();
    }

    @AfterEach
    void removeTheRule() {
        // Other journeys expect primary education in Bandung to stay with the city.
        jdbc.sql("delete from responsibility_rule where region_code = '32.73'").update();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static Locator field(Page page, String label) {
        return page.getByLabel(label, new Page.GetByLabelOptions().setExact(true));
    }

    private static void press(Page page, String button) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(button).setExact(true)).click();
    }

    @Test
    void shouldRouteTheNextComplaintByTheOverrideTheNationalAdminAdds() {
        enrolment.enrolIfAbsent("perjalanan.nasional@sp4n.test", PASSWORD, "Admin Nasional", Role.NATIONAL_ADMIN,
                "kemenpanrb");
        Page admin = browser.newPage(1280, 900);
        admin.navigate(url("/masuk"));
        field(admin, "Alamat e-mail").fill("perjalanan.nasional@sp4n.test");
        field(admin, "Kata sandi").fill(PASSWORD);
        press(admin, "Masuk");

        admin.navigate(url("/admin/aturan"));
        PortalBrowser.assertAccessible(admin);
        field(admin, "Kategori").selectOption("PENDIDIKAN-DASAR");
        field(admin, "Kode wilayah (provinsi atau kabupaten/kota)").fill("32.73");
        field(admin, "Kode instansi berwenang").fill("pemda-32/DISDIK");
        field(admin, "Berlaku sejak").fill(LocalDate.now().toString());
        field(admin, "Catatan").fill("Uji coba: SD di Kota Bandung ditangani provinsi");
        press(admin, "Tambah aturan");
        assertThat(admin.locator("[role=status]")).containsText("langsung berlaku");
        assertThat(admin.locator("[data-rules]")).containsText("pemda-32/DISDIK");
        PortalBrowser.assertAccessible(admin);

        admin.navigate(url("/admin/simulasi"));
        field(admin, "Pintu masuk (kode instansi)").fill("pemda-32.73");
        field(admin, "Kategori").selectOption("PENDIDIKAN-DASAR");
        field(admin, "Kabupaten/kota lokasi").selectOption("32.73");
        press(admin, "Simulasikan");
        assertThat(admin.locator("[data-decision]")).containsText("OVERRIDE");
        assertThat(admin.locator("[data-steps] li").last()).hasAttribute("data-to", "pemda-32/DISDIK");
        assertThat(admin.locator("[data-steps]")).containsText("Aturan khusus berlaku");
        PortalBrowser.assertAccessible(admin);

        Page citizen = browser.newPage(1280, 900);
        citizen.navigate(url("/instansi/pemda-32.73/lapor"));
        field(citizen, "Judul laporan").fill("Bangku kelas SD rusak dan tidak diganti");
        field(citizen, "Isi laporan").fill("Separuh bangku di kelas dua sudah patah sejak semester lalu dan murid "
                + "duduk di lantai.");
        field(citizen, "Tanggal kejadian").fill(LocalDate.now().minusDays(2).toString());
        field(citizen, "Provinsi").selectOption("32");
        field(citizen, "Kabupaten/kota").selectOption("32.73");
        field(citizen, "Kategori").selectOption("PENDIDIKAN-DASAR");
        field(citizen, "Nama").fill("Yuliani");
        field(citizen, "E-mail").fill("orang.tua.murid@example.id");
        citizen.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Kirim laporan")).click();
        String number = citizen.locator("[data-tracking-number]").textContent().trim();
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> "pemda-32/DISDIK".equals(jdbc.sql(
                "select current_agency_code from complaint where tracking_number = ?").param(number)
                .query(String.class).optional().orElse(null)));
        citizen.navigate(citizen.locator("[data-private-link]").getAttribute("href"));
        assertThat(citizen.locator("[data-trail]")).containsText("Aturan khusus berlaku");

        admin.navigate(url("/admin/aturan"));
        admin.locator("[data-rules] form[action$='/hapus'] button").first().click();
        assertThat(admin.locator("[role=status]")).containsText("dihapus");
    }
}
