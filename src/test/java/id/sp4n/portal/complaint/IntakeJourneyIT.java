package id.sp4n.portal.complaint;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import id.sp4n.portal.support.AttachmentCorpus;
import id.sp4n.portal.support.PortalBrowser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A guest files an anonymous complaint with a photo at the city's own door, reads the tracking number,
 * opens the tracking page and sees where the complaint went. axe checks every page on the way.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "portal.intake.submissions-per-hour=0")
class IntakeJourneyIT {

    static PortalBrowser browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() {
        browser = new PortalBrowser();
    }

    @AfterAll
    static void stopBrowser() {
        browser.close();
    }

    private static com.microsoft.playwright.Locator field(Page page, String label) {
        return page.getByLabel(label, new Page.GetByLabelOptions().setExact(true));
    }

    @Test
    void shouldLetAGuestFileAnonymouslyWithAPhotoAndFollowTheComplaint() throws Exception {
        Path photo = Files.createTempFile("jalan-rusak", ".jpg");
        Files.write(photo, AttachmentCorpus.jpegWithGps());

        Page page = browser.newPage(1280, 900);
        page.navigate("http://localhost:" + port + "/instansi/pemda-32.73/lapor");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Sampaikan laporan");
        PortalBrowser.assertAccessible(page);

        field(page, "Judul laporan").fill("Jalan rusak dan berlubang di Dago");
        field(page, "Isi laporan").fill("Sudah dua minggu ada lubang besar di jalan kota dekat SD, "
                + "dua pengendara motor jatuh. Mohon segera diperbaiki sebelum musim hujan.");
        field(page, "Tanggal kejadian").fill(java.time.LocalDate.now().minusDays(2).toString());
        field(page, "Provinsi").selectOption("32");
        field(page, "Kabupaten/kota").selectOption("32.73");
        field(page, "Kecamatan").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Coblong"));
        // The script suggests the category from the keywords it recognises in the text.
        var suggestion = page.locator("#category-suggestions button", new Page.LocatorOptions()
                .setHasText("Jalan, jembatan dan drainase kabupaten/kota"));
        suggestion.click();
        assertThat(field(page, "Kategori")).hasValue("JALAN-KABUPATEN");
        field(page, "Anonim: sembunyikan identitas saya dari instansi dan publik").check();
        field(page, "Lampiran (tidak wajib)").setInputFiles(photo);
        field(page, "E-mail").fill("tamu.anonim@example.id");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Kirim laporan")).click();

        var number = page.locator("[data-tracking-number]");
        assertThat(number).isVisible();
        String trackingNumber = number.textContent().trim();
        assertThat(trackingNumber).matches("[0-9A-Z]{12}");
        PortalBrowser.assertAccessible(page);

        page.navigate("http://localhost:" + port + "/lacak");
        field(page, "Nomor pelacakan").fill(trackingNumber.substring(0, 4) + "-" + trackingNumber.substring(4, 8)
                + "-" + trackingNumber.substring(8));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lacak")).click();
        assertThat(page).hasURL(Pattern.compile(".*/lacak/" + trackingNumber + "$"));

        // Routing runs after the submission committed; the trail shows up within moments.
        for (int i = 0; i < 20 && page.locator("[data-trail] [data-to]").count() == 0; i++) {
            page.waitForTimeout(500);
            page.reload();
        }
        assertThat(page.locator("[data-trail] [data-to]").first()).hasAttribute("data-to", "pemda-32.73/PUPR");
        assertThat(page.locator("[data-trail]")).containsText("ditangani oleh Dinas Pekerjaan Umum dan Penataan Ruang Kota Bandung");
        assertThat(page.locator("[data-reporter]")).hasText("Anonim");
        assertThat(page.locator("body")).not().containsText("tamu.anonim@example.id");
        PortalBrowser.assertAccessible(page);
    }

    @Test
    void shouldShowMessagesBesideTheFieldsAndKeepWhatWasTyped() {
        Page page = browser.newPage(390, 844);
        page.navigate("http://localhost:" + port + "/lapor");
        field(page, "Judul laporan").fill("Pendek");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Kirim laporan")).click();

        assertThat(page.locator("#error-summary")).isVisible();
        assertThat(page.locator("#title-error")).containsText("Judul harus 10 sampai 150 karakter");
        assertThat(field(page, "Judul laporan")).hasValue("Pendek");
        assertThat(field(page, "Judul laporan")).hasAttribute("aria-invalid", "true");
        PortalBrowser.assertNoHorizontalScroll(page);
        PortalBrowser.assertAccessible(page);
    }

    @Test
    void shouldWorkWithoutJavaScript() {
        var context = browser.newContextWithoutJavaScript(1280, 900);
        Page page = context.newPage();
        page.navigate("http://localhost:" + port + "/lapor");
        field(page, "Provinsi").selectOption("32");
        field(page, "Kabupaten/kota").selectOption("32.73");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Muat daftar kecamatan")).click();
        field(page, "Kecamatan").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Coblong"));
        field(page, "Judul laporan").fill("Sampah menumpuk di pinggir jalan");
        field(page, "Isi laporan").fill("Sampah rumah tangga menumpuk lebih dari seminggu dan menimbulkan bau busuk.");
        field(page, "Tanggal kejadian").fill(java.time.LocalDate.now().minusDays(1).toString());
        field(page, "Kategori").selectOption("SAMPAH-KEBERSIHAN");
        field(page, "Nama").fill("Rudi");
        field(page, "Nomor telepon").fill("081298765432");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Kirim laporan")).click();
        assertThat(page.locator("[data-tracking-number]")).isVisible();
        context.close();
    }
}
