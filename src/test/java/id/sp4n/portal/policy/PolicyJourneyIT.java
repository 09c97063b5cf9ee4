package id.sp4n.portal.policy;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
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
 * An agency admin records what their government did about leaking classrooms: a form refused for a done action
 * without its day comes back as typed, then the entry is published; the register, the entry, its edit page with the
 * complaint search, the recurring problems and the method all pass axe, and a guest reads the entry.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PolicyJourneyIT {

    private static final String PASSWORD = "kata-sandi-kebijakan-2026";

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
    void shouldOpenAnEntryFromTheFormAndShowItToEveryone() {
        enrolment.enrolIfAbsent("jurnal.kebijakan@sp4n.test", PASSWORD, "Admin Kebijakan", Role.AGENCY_ADMIN,
                "pemda-32.73");
        Page page = browser.newPage(1280, 900);
        PortalBrowser.signIn(page, url(""), "jurnal.kebijakan@sp4n.test", PASSWORD);

        page.navigate(url("/admin"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Buka tindak lanjut kebijakan")).click();
        assertThat(page.getByLabel("Kode instansi")).hasValue("pemda-32.73");
        page.getByLabel("Judul").fill("Ruang kelas bocor setiap musim hujan");
        page.getByLabel("Kategori").selectOption(new SelectOption().setValue("PENDIDIKAN-DASAR"));
        page.getByLabel("Kode wilayah").fill("32.73");
        page.getByLabel("Akar masalah").fill("Anggaran pemeliharaan sekolah habis sebelum musim hujan.");
        page.getByLabel("Jenis tindakan").selectOption(new SelectOption().setValue("BUDGET"));
        page.getByLabel("Tindakan", new Page.GetByLabelOptions().setExact(true))
                .fill("Anggaran pemeliharaan dipindahkan ke awal tahun.");
        page.getByLabel("Penanggung jawab").fill("Dinas Pendidikan Kota Bandung");
        page.getByLabel("Status").selectOption(new SelectOption().setValue("DONE"));
        page.getByLabel("Tanggal rencana").fill("2026-01-15");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Buka dan terbitkan")).click();

        assertThat(page.locator("[data-refusal]")).containsText("perlu tanggal selesai");
        assertThat(page.getByLabel("Judul")).hasValue("Ruang kelas bocor setiap musim hujan");
        assertThat(page.getByLabel("Tanggal selesai")).hasClass(Pattern.compile(".*is-invalid.*"));
        PortalBrowser.assertAccessible(page);

        page.getByLabel("Status").selectOption(new SelectOption().setValue("IN_PROGRESS"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Buka dan terbitkan")).click();
        assertThat(page).hasURL(Pattern.compile(".*/kebijakan/\\d+\\?dibuka$"));
        assertThat(page.locator("[data-status]")).hasText("Sedang dilaksanakan");
        assertThat(page.locator("[data-effect]")).containsText("belum selesai");
        PortalBrowser.assertAccessible(page);
        String entry = page.url().replaceAll("\\?.*", "");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ubah tindak lanjut ini")).click();
        page.getByLabel("Cari pengaduan publik kategori dan wilayah ini (365 hari terakhir)").fill("atap kelas");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Cari")).click();
        assertThat(page.locator("fieldset legend")).containsText("ditemukan");
        PortalBrowser.assertAccessible(page);

        for (String path : new String[] {"/kebijakan", "/kebijakan/masalah-berulang",
                "/kebijakan/masalah-berulang/PENDIDIKAN-DASAR/32.73", "/kebijakan/metode"}) {
            page.navigate(url(path));
            PortalBrowser.assertAccessible(page);
        }

        Page guest = browser.newPage(390, 844);
        guest.navigate(entry);
        assertThat(guest.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Ruang kelas bocor setiap musim hujan");
        assertThat(guest.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ubah tindak lanjut ini")))
                .hasCount(0);
        PortalBrowser.assertNoHorizontalScroll(guest);
        PortalBrowser.assertAccessible(guest);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
