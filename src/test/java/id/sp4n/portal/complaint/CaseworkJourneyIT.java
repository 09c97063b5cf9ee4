package id.sp4n.portal.complaint;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static id.sp4n.portal.support.PortalBrowser.field;
import static id.sp4n.portal.support.PortalBrowser.press;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import id.sp4n.portal.identity.Role;
import id.sp4n.portal.identity.StaffEnrolment;
import id.sp4n.portal.support.PortalBrowser;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 4's journey in a real browser: a complaint filed at Bandung's door as primary education reaches the
 * city's education office; its officer verifies it as secondary education, so it moves to the province's
 * education office; the province's admin (whose inbox covers the subtree) responds; the reporter, through the
 * private link, rates the handling 4 and accepts. axe checks the inbox, the case page and the tracking page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "portal.intake.submissions-per-hour=0")
class CaseworkJourneyIT {

    private static final String PASSWORD = "kata-sandi-perjalanan-2026";

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

    private String url(String path) {
        return "http://localhost:" + port + path;
    }



    private String holder(String number) {
        return jdbc.sql("select current_agency_code from complaint where tracking_number = ?").param(number)
                .query(String.class).optional().orElse(null);
    }

    private Page signIn(String email) {
        BrowserContext context = browser.newPage(1280, 900).context();
        Page page = context.pages().get(0);
        page.navigate(url("/masuk"));
        field(page, "Alamat e-mail").fill(email);
        field(page, "Kata sandi").fill(PASSWORD);
        press(page, "Masuk");
        return page;
    }

    @Test
    void shouldCarryAComplaintFromTheCityToTheProvinceAndBackToTheSatisfiedReporter() {
        enrolment.enrolIfAbsent("perjalanan.disdik.bandung@sp4n.test", PASSWORD, "Asep Disdik Bandung", Role.OFFICER,
                "pemda-32.73/DISDIK");
        enrolment.enrolIfAbsent("perjalanan.admin.jabar@sp4n.test", PASSWORD, "Rina Admin Jabar", Role.AGENCY_ADMIN,
                "pemda-32");

        // The citizen files at the city's door as primary education.
        Page citizen = browser.newPage(1280, 900);
        citizen.navigate(url("/instansi/pemda-32.73/lapor"));
        field(citizen, "Judul laporan").fill("Atap kelas SMA negeri bocor setiap hujan");
        field(citizen, "Isi laporan").fill("Atap ruang kelas XI di sekolah kami bocor sejak sebulan; murid belajar "
                + "di lorong ketika hujan. Mohon segera diperbaiki.");
        field(citizen, "Tanggal kejadian").fill(java.time.LocalDate.now().minusDays(4).toString());
        field(citizen, "Provinsi").selectOption("32");
        field(citizen, "Kabupaten/kota").selectOption("32.73");
        field(citizen, "Kategori").selectOption("PENDIDIKAN-DASAR");
        field(citizen, "Nama").fill("Dewi Lestari");
        field(citizen, "E-mail").fill("dewi.lestari@example.id");
        press(citizen, "Kirim laporan");
        String number = citizen.locator("[data-tracking-number]").textContent().trim();
        String privateLink = citizen.locator("[data-private-link]").getAttribute("href");
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> "pemda-32.73/DISDIK".equals(holder(number)));
        citizen.navigate(privateLink);
        assertThat(citizen.locator("[data-due]")).containsText("Verifikasi paling lambat");

        // The city's education officer finds it in the inbox and verifies it as secondary education.
        Page officer = signIn("perjalanan.disdik.bandung@sp4n.test");
        officer.navigate(url("/petugas"));
        Locator row = officer.locator("tr[data-tracking-number='" + number + "']");
        assertThat(row).containsText("Belum diverifikasi");
        PortalBrowser.assertAccessible(officer);
        row.getByRole(AriaRole.LINK).first().click();
        assertThat(officer.locator("h1")).hasText("Atap kelas SMA negeri bocor setiap hujan");
        PortalBrowser.assertAccessible(officer);
        field(officer, "Kategori").selectOption("PENDIDIKAN-MENENGAH");
        press(officer, "Verifikasi laporan");
        assertThat(officer.locator("[role=status]")).containsText("sudah diverifikasi");
        assertThat(officer.locator("[data-current-agency]")).containsText("Dinas Pendidikan Provinsi Jawa Barat");
        assertThat(officer.locator("body")).containsText("Anda hanya dapat membaca laporan ini");
        assertThat(holder(number)).isEqualTo("pemda-32/DISDIK");

        // The province's admin sees it in the subtree inbox and responds.
        Page admin = signIn("perjalanan.admin.jabar@sp4n.test");
        admin.navigate(url("/petugas?q=atap+bocor"));
        admin.locator("tr[data-tracking-number='" + number + "'] a").click();
        field(admin, "Tanggapan untuk pelapor (terlihat publik)")
                .fill("Tim kami sudah memeriksa sekolah; atap kelas XI diperbaiki mulai Senin depan.");
        press(admin, "Kirim tanggapan");
        assertThat(admin.locator("[data-status]")).hasText("Ditanggapi");
        PortalBrowser.assertAccessible(admin);
        admin.navigate(url("/petugas/eskalasi"));
        assertThat(admin.locator("h1")).hasText("Eskalasi");
        PortalBrowser.assertAccessible(admin);
        admin.navigate(url("/notifikasi"));
        assertThat(admin.locator("h1")).hasText("Pemberitahuan");
        PortalBrowser.assertAccessible(admin);

        // The reporter opens the private link, rates 4 and accepts.
        citizen.navigate(privateLink);
        assertThat(citizen.locator("[data-responses]")).containsText("atap kelas XI diperbaiki mulai Senin depan");
        assertThat(citizen.locator("[data-due]")).containsText("Selesai dengan sendirinya");
        PortalBrowser.assertAccessible(citizen);
        citizen.getByLabel("4", new Page.GetByLabelOptions().setExact(true)).check();
        field(citizen, "Komentar (tidak wajib)").fill("Cepat ditanggapi, terima kasih.");
        press(citizen, "Kirim nilai");
        assertThat(citizen.locator("[data-rating]")).hasText("Nilai Anda: 4 dari 5");
        press(citizen, "Terima dan selesaikan laporan");
        assertThat(citizen.locator(".status-badge").first()).hasText("Selesai");
        PortalBrowser.assertAccessible(citizen);
    }
}
