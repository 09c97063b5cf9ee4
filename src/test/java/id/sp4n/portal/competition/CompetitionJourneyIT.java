package id.sp4n.portal.competition;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import id.sp4n.portal.identity.Role;
import id.sp4n.portal.identity.StaffEnrolment;
import id.sp4n.portal.support.PortalBrowser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A round from opening to published winners, each person in their own browser: the national admin opens the 2039
 * round for cities; Bandung's admin registers, describes the two criteria evaluators score, uploads a PDF and submits;
 * the national admin closes registration; an Ombudsman evaluator scores both criteria; the national admin publishes;
 * a guest sees Bandung first among the cities. Every page passes axe.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CompetitionJourneyIT {

    private static final String PASSWORD = "kata-sandi-kompetisi-2026";

    static PortalBrowser browser;

    @LocalServerPort
    int port;

    @Autowired
    StaffEnrolment enrolment;

    @BeforeAll
    static void startBrowser() {
        browser = new PortalBrowser();
    }

    @AfterAll
    static void stopBrowser() {
        browser.close();
    }

    @Test
    void shouldRunARoundFromOpeningToPublishedWinners() throws Exception {
        enrolment.enrolIfAbsent("jurnal.kompetisi.nasional@sp4n.test", PASSWORD, "Admin Nasional", Role.NATIONAL_ADMIN,
                "kemenpanrb");
        enrolment.enrolIfAbsent("jurnal.kompetisi.bandung@sp4n.test", PASSWORD, "Admin Bandung", Role.AGENCY_ADMIN,
                "pemda-32.73");
        enrolment.enrolIfAbsent("jurnal.kompetisi.ombudsman@sp4n.test", PASSWORD, "Evaluator Ombudsman",
                Role.OVERSIGHT, "ombudsman");
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Jakarta"));

        Page national = signedIn("jurnal.kompetisi.nasional@sp4n.test");
        national.navigate(url("/admin/kompetisi"));
        national.getByLabel("Tahun").fill("2039");
        national.getByLabel("Nama babak").fill("Kompetisi Pengelolaan Pengaduan 2039");
        for (Locator box : national.locator("[name=classes]").all()) {
            box.uncheck();
        }
        national.getByLabel("Pemerintah kota", new Page.GetByLabelOptions().setExact(true)).check();
        national.getByLabel("Pendaftaran sampai").fill(today.plusDays(7).toString());
        national.getByLabel("Penilaian mandiri sampai").fill(today.plusDays(14).toString());
        PortalBrowser.assertAccessible(national);
        PortalBrowser.press(national, "Buka babak");
        assertThat(national).hasURL(Pattern.compile(".*/admin/kompetisi/\\d+\\?dibuka$"));
        String desk = national.url().replaceAll("\\?.*", "");

        Page bandung = signedIn("jurnal.kompetisi.bandung@sp4n.test");
        bandung.navigate(desk);
        PortalBrowser.press(bandung, "Daftarkan instansi Anda (kelas Pemerintah kota)");
        assertThat(bandung.locator("[data-entry-state]")).containsText("Belum dikirim");
        describe(bandung, "infrastructure", "Kanal WhatsApp, loket di setiap kecamatan, aplikasi terhubung.", "85");
        describe(bandung, "staffCompetence", "Semua pengelola pengaduan mengikuti pelatihan tahun ini.", "80");
        Path pdf = Files.createTempFile("bukti-", ".pdf");
        Files.writeString(pdf, "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n", StandardCharsets.US_ASCII);
        Locator infrastructure = bandung.locator("[data-criterion=infrastructure]");
        infrastructure.getByLabel("Berkas bukti (PDF, paling besar 5 MB)").setInputFiles(pdf);
        infrastructure.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Unggah bukti")).click();
        assertThat(bandung.locator("[data-criterion=infrastructure] [data-evidence] a")).hasText(pdf.getFileName().toString());
        PortalBrowser.assertAccessible(bandung);
        PortalBrowser.press(bandung, "Kirim isian");
        assertThat(bandung.locator("[data-entry-state]")).containsText("Dikirim");
        String entry = bandung.url().replaceAll("\\?.*", "");

        national.navigate(desk);
        PortalBrowser.press(national, "Tutup pendaftaran dan mulai penilaian");
        assertThat(national.locator("[data-status]")).hasText("Penilaian oleh evaluator");
        PortalBrowser.assertAccessible(national);

        Page evaluator = signedIn("jurnal.kompetisi.ombudsman@sp4n.test");
        evaluator.navigate(entry);
        score(evaluator, "infrastructure", "90", "Kanal lengkap, bukti SOP memadai.");
        score(evaluator, "staffCompetence", "70", "Pelatihan ada, sertifikasi belum.");
        assertThat(evaluator.locator("[data-criterion=staffCompetence] [data-scores]")).containsText("70");
        PortalBrowser.assertAccessible(evaluator);

        national.navigate(desk);
        PortalBrowser.press(national, "Terbitkan hasil");
        assertThat(national).hasURL(Pattern.compile(".*/kompetisi/\\d+\\?diterbitkan$"));

        Page guest = browser.newPage(390, 844);
        guest.navigate(national.url().replaceAll("\\?.*", ""));
        Locator cities = guest.locator("[data-class=kota] [data-top] tbody tr");
        assertThat(cities.first()).containsText("Pemerintah Kota Bandung");
        assertThat(cities.first().locator("[data-score]")).hasText("80,00");
        PortalBrowser.assertAccessible(guest);
        PortalBrowser.assertNoHorizontalScroll(guest);
    }

    private void describe(Page page, String criterion, String narrative, String selfScore) {
        Locator section = page.locator("[data-criterion=" + criterion + "]");
        section.getByLabel("Uraian (apa yang dilakukan instansi, dengan contoh)").fill(narrative);
        section.getByLabel("Nilai mandiri (0–100)").fill(selfScore);
        section.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Simpan uraian")).click();
        assertThat(page.locator("[data-criterion=" + criterion + "] textarea")).hasValue(narrative);
    }

    private void score(Page page, String criterion, String value, String comment) {
        Locator section = page.locator("[data-criterion=" + criterion + "]");
        section.getByLabel("Nilai evaluator (0–100)").fill(value);
        section.getByLabel("Komentar evaluator").fill(comment);
        section.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Simpan nilai")).click();
        assertThat(page.locator("[data-criterion=" + criterion + "] [data-scores]")).containsText(comment);
    }

    private Page signedIn(String email) {
        Page page = browser.newPage(1280, 900);
        PortalBrowser.signIn(page, url(""), email, PASSWORD);
        return page;
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
