package id.sp4n.portal.complaint;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static id.sp4n.portal.support.PortalBrowser.field;
import static id.sp4n.portal.support.PortalBrowser.press;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import id.sp4n.portal.identity.CitizenAccounts;
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
 * What issue 17 says a person trips over, tried in a real browser: a guest files on a 390 px phone, switches
 * language on the confirmation page and on the private tracking page without losing them, downloads the receipt,
 * and after the officer (also on a phone) answers, sees the answer in the first screen of the tracking page. Every
 * page people meet fits a 320 px screen without sideways scrolling, and axe checks the pages this issue added.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "portal.intake.submissions-per-hour=0")
class ExperienceJourneyIT {

    private static final String PASSWORD = "kata-sandi-pengalaman-2026";
    private static final int PHONE_WIDTH = 390;
    private static final int PHONE_HEIGHT = 844;
    private static final String RESPONSE = "Atap kelas tiga SD Negeri Cihapit kami perbaiki mulai Senin depan.";

    static PortalBrowser browser;

    @LocalServerPort
    int port;

    @Autowired
    StaffEnrolment enrolment;

    @Autowired
    CitizenAccounts citizens;

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



    /** On a phone the header's links sit behind the menu button, which shows and opens. */
    private static void openMenu(Page page) {
        assertThat(page.locator("[data-menu-toggle]")).isVisible();
        PortalBrowser.openMenu(page);
        assertThat(page.locator("[data-menu-toggle]")).hasAttribute("aria-expanded", "true");
    }

    private static void fillComplaint(Page page) {
        field(page, "Judul laporan").fill("Atap kelas tiga SD Cihapit bocor");
        field(page, "Isi laporan").fill("Setiap hujan atap kelas tiga bocor dan murid harus pindah ke lorong sekolah. "
                + "Mohon segera diperbaiki.");
        field(page, "Tanggal kejadian").fill(LocalDate.now().minusDays(2).toString());
        field(page, "Provinsi").selectOption("32");
        field(page, "Kabupaten/kota").selectOption("32.73");
        field(page, "Kategori").selectOption("PENDIDIKAN-DASAR");
    }

    private String holder(String number) {
        return jdbc.sql("select current_agency_code from complaint where tracking_number = ?").param(number)
                .query(String.class).optional().orElse(null);
    }

    private Page signIn(String email, int width, int height) {
        Page page = browser.newPage(width, height);
        page.navigate(url("/masuk"));
        field(page, "Alamat e-mail").fill(email);
        field(page, "Kata sandi").fill(PASSWORD);
        press(page, "Masuk");
        return page;
    }

    @Test
    void shouldCarryAGuestOnAPhoneFromFilingToTheAnswerOnTheFirstScreen() throws Exception {
        enrolment.enrolIfAbsent("pengalaman.disdik@sp4n.test", PASSWORD, "Yudi Disdik Bandung", Role.OFFICER,
                "pemda-32.73/DISDIK");

        // The menu folds on a phone and marks where the guest is.
        Page guest = browser.newPage(PHONE_WIDTH, PHONE_HEIGHT);
        guest.navigate(url("/lapor"));
        assertThat(guest.locator("#portal-menu")).isHidden();
        openMenu(guest);
        assertThat(guest.locator("#portal-menu a[aria-current=page]")).hasText("Lapor");
        PortalBrowser.assertAccessible(guest);

        fillComplaint(guest);
        field(guest, "Nama").fill("Siti Rahmawati");
        field(guest, "E-mail").fill("siti.pengalaman@example.id");
        press(guest, "Kirim laporan");
        String number = guest.locator("[data-tracking-number]").textContent().trim();
        String privateLink = guest.locator("[data-private-link]").getAttribute("href");
        assertThat(guest.locator("[data-receipt] [data-print]")).isVisible();
        PortalBrowser.assertNoHorizontalScroll(guest);
        PortalBrowser.assertAccessible(guest);

        // The receipt downloads as a PDF.
        Download receipt = guest.waitForDownload(() -> guest.locator("[data-receipt-pdf]").click());
        assertThat(receipt.suggestedFilename()).isEqualTo("tanda-terima-" + number + ".pdf");

        // The language switch keeps the confirmation, its number and the private link.
        openMenu(guest);
        guest.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("English")).click();
        assertThat(guest.locator("h1")).hasText("Your report has been received");
        assertThat(guest.locator("[data-tracking-number]")).hasText(number);
        assertThat(guest.locator("[data-private-link]")).hasAttribute("href", privateLink);
        openMenu(guest);
        guest.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Bahasa Indonesia")).click();
        assertThat(guest.locator("h1")).hasText("Laporan Anda telah diterima");

        // The officer works it on a phone: one action panel, the next step open.
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> "pemda-32.73/DISDIK".equals(holder(number)));
        Page officer = signIn("pengalaman.disdik@sp4n.test", PHONE_WIDTH, PHONE_HEIGHT);
        officer.navigate(url("/petugas?sort=DUE_FIRST"));
        PortalBrowser.assertNoHorizontalScroll(officer);
        PortalBrowser.assertAccessible(officer);
        officer.navigate(url("/petugas/laporan/" + number));
        assertThat(officer.locator("details[data-action=VERIFY]")).hasAttribute("open", "open");
        assertThat(officer.locator("details[data-action=HOLD] #hold-question")).isHidden();
        PortalBrowser.assertNoHorizontalScroll(officer);
        PortalBrowser.assertAccessible(officer);
        press(officer, "Verifikasi laporan");
        assertThat(officer.locator("[data-done-where]")).containsText("Dinas Pendidikan Kota Bandung");
        field(officer, "Tanggapan untuk pelapor (terlihat publik)").fill(RESPONSE);
        press(officer, "Kirim tanggapan");
        assertThat(officer.locator("[data-status]")).hasText("Ditanggapi");

        // The guest's private page, in English and back: the reporter's own parts stay; the answer is in view.
        guest.navigate(privateLink);
        openMenu(guest);
        guest.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("English")).click();
        assertThat(guest.locator("#answer-heading")).isVisible();
        assertThat(guest.locator("[data-receipt-pdf]")).hasAttribute("href",
                java.util.regex.Pattern.compile("kunci="));
        openMenu(guest);
        guest.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Bahasa Indonesia")).click();
        assertThat(guest.locator("[data-progress] [aria-current=step]")).containsText("Ditanggapi");
        Locator answer = guest.locator("[data-responses] > li").first();
        assertThat(answer).containsText(RESPONSE);
        guest.evaluate("window.scrollTo(0, 0)");
        BoundingBox box = answer.locator("p.complaint-text").boundingBox();
        assertThat(box.y + box.height).as("the answer ends within the first %d px", PHONE_HEIGHT)
                .isLessThanOrEqualTo(PHONE_HEIGHT);
        PortalBrowser.assertNoHorizontalScroll(guest);
        PortalBrowser.assertAccessible(guest);

        // Accepting confirms at the top of the page, in view.
        press(guest, "Terima dan selesaikan laporan");
        Locator done = guest.locator("[data-done]");
        assertThat(done).hasText("Terima kasih. Laporan Anda selesai.");
        assertThat(done).isInViewport();
    }

    @Test
    void shouldFitEveryPageAPersonMeetsOnA320PixelScreen() throws Exception {
        enrolment.enrolIfAbsent("pengalaman.admin@sp4n.test", PASSWORD, "Wulan Admin Bandung", Role.AGENCY_ADMIN,
                "pemda-32.73");
        citizens.createVerifiedIfAbsent("warga.pengalaman@example.id", PASSWORD, "Budi Warga");

        // A signed-in citizen files; "Laporan saya" says what waits for them, as cards that reflow.
        Page citizen = signIn("warga.pengalaman@example.id", 320, 640);
        citizen.navigate(url("/lapor"));
        fillComplaint(citizen);
        press(citizen, "Kirim laporan");
        String number = citizen.locator("[data-tracking-number]").textContent().trim();
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> holder(number) != null);
        Page admin = signIn("pengalaman.admin@sp4n.test", 320, 640);
        admin.navigate(url("/petugas/laporan/" + number));
        admin.locator("details[data-action=HOLD] summary").click();
        field(admin, "Pertanyaan untuk pelapor (terlihat oleh publik; batas waktu berhenti sampai pelapor menjawab)").fill("Kelas yang mana, dan sejak kapan bocornya?");
        press(admin, "Tunda dan kirim pertanyaan");
        citizen.navigate(url("/laporan-saya"));
        assertThat(citizen.locator("[data-tracking-number='" + number + "'] [data-waiting]"))
                .containsText("Menunggu jawaban Anda");
        PortalBrowser.assertNoHorizontalScroll(citizen);
        PortalBrowser.assertAccessible(citizen);

        List<String> guestPages = List.of("/", "/lapor", "/lacak", "/lacak/" + number, "/laporan", "/instansi",
                "/instansi/pemda-32.73/DISDIK", "/instansi/pemda-32.73/lapor", "/masuk", "/daftar", "/lupa-sandi",
                "/atur-ulang-sandi?token=tidak-berlaku", "/privasi", "/ketentuan", "/bantuan", "/aksesibilitas",
                "/kontak", "/alamat-yang-salah-ketik");
        Page guest = browser.newPage(320, 640);
        for (String path : guestPages) {
            guest.navigate(url(path));
            PortalBrowser.assertNoHorizontalScroll(guest);
        }
        for (String path : List.of("/lacak/" + number, "/lupa-sandi", "/atur-ulang-sandi?token=tidak-berlaku",
                "/privasi", "/ketentuan", "/bantuan", "/aksesibilitas", "/kontak", "/alamat-yang-salah-ketik")) {
            guest.navigate(url(path));
            PortalBrowser.assertAccessible(guest);
        }
        for (String path : List.of("/petugas", "/petugas/laporan/" + number, "/admin", "/admin/instansi",
                "/notifikasi")) {
            admin.navigate(url(path));
            PortalBrowser.assertNoHorizontalScroll(admin);
        }
        admin.navigate(url("/admin/instansi?induk=pemda-32.73"));
        PortalBrowser.assertAccessible(admin);
    }
}
