package id.sp4n.portal.system;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import id.sp4n.portal.support.PortalBrowser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A newcomer opens the portal, finds Bandung in the directory and sees where its government sits. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DirectoryJourneyIT {

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

    @Test
    void shouldFindBandungInTheDirectoryAndShowItsPlaceInTheTree() {
        Page page = browser.newPage(1280, 900);
        page.navigate("http://localhost:" + port + "/");
        assertThat(page.locator("html")).hasAttribute("lang", "id");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .containsText("Satu pintu");
        PortalBrowser.assertAccessible(page);

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Direktori instansi")).click();
        page.getByLabel("Nama atau kode instansi").fill("Bandung");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Cari")).click();
        var bandungCity = page.getByRole(AriaRole.LINK,
                new Page.GetByRoleOptions().setName("Pemerintah Kota Bandung").setExact(true));
        assertThat(bandungCity).isVisible();
        PortalBrowser.assertAccessible(page);

        bandungCity.click();
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/instansi/pemda-32\\.73$"));
        assertThat(page.locator("[data-agency-code]")).hasText("pemda-32.73");
        assertThat(page.locator("[data-agency-path] [data-code]").evaluateAll("els => els.map(e => e.dataset.code)"))
                .isEqualTo(java.util.List.of("kemenpanrb", "pemda-32", "pemda-32.73"));
        PortalBrowser.assertAccessible(page);
    }

    @Test
    void shouldBeUsableAt360PixelsAndSwitchToEnglishForGood() {
        Page page = browser.newPage(360, 740);
        page.navigate("http://localhost:" + port + "/instansi?q=Bandung");
        PortalBrowser.assertNoHorizontalScroll(page);
        page.navigate("http://localhost:" + port + "/instansi/pemda-32.73/DISDIK");
        PortalBrowser.assertNoHorizontalScroll(page);

        PortalBrowser.openMenu(page);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("English")).click();
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        page.navigate("http://localhost:" + port + "/");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .containsText("One door");
        PortalBrowser.assertAccessible(page);
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"/laporan", "/lacak", "/lacak?nomor=SALAH", "/daftar",
            "/masuk", "/instansi?tier=PROVINCE", "/lapor?lang=en", "/statistik", "/statistik/metode",
            "/statistik/laporan?ukuran=received&dari=2020-01-01",
            "/statistik/instansi/pemda-32.73/DISDIK?lang=en", "/statistik/instansi/pemda-32", "/peringkat", "/peringkat/metode",
            "/peringkat/kelas/kota?lang=en", "/program", "/program/stunting", "/program/stunting?lang=en",
            "/program/metode", "/lapor?program=stunting", "/integrasi", "/integrasi?lang=en"})
    void shouldPassAxeOnEveryPublicPage(String path) {
        Page page = browser.newPage(1280, 900);
        page.navigate("http://localhost:" + port + path);
        PortalBrowser.assertAccessible(page);
        page.setViewportSize(360, 740);
        PortalBrowser.assertNoHorizontalScroll(page);
    }

    @Test
    void shouldShowTheErrorPageInThePortalsLook() {
        Page page = browser.newPage(1280, 900);
        var response = page.navigate("http://localhost:" + port + "/instansi/pemda-31.74");
        assertThat(response.status()).isEqualTo(404);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Halaman tidak ditemukan");
        assertThat(page.locator("header nav")).isVisible();
        PortalBrowser.assertAccessible(page);
    }
}
