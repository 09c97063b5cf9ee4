package id.sp4n.portal.statistics;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import id.sp4n.portal.complaint.ComplaintRouted;
import id.sp4n.portal.complaint.ComplaintSubmitted;
import id.sp4n.portal.complaint.IntakeChannel;
import id.sp4n.portal.complaint.ReportType;
import id.sp4n.portal.support.PortalBrowser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A journalist reads the figures of August 2022 (twelve complaints about Bandung's schools, no other test files
 * then): the nation, down the tree to the education office, in English with the period kept, the pictures and
 * tables passing axe, the complaints behind the figures downloaded as a file and listed, and what a figure means.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StatisticsJourneyIT {

    private static final String AUGUST = "dari=2022-08-01&sampai=2022-08-31";

    static PortalBrowser browser;

    @LocalServerPort
    int port;

    @Autowired
    ComplaintRecords records;

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

    private void fileAugust() {
        for (int n = 1; n <= 12; n++) {
            String number = String.format("JRNY%08d", n);
            Instant at = Instant.parse(String.format("2022-08-%02dT03:00:00Z", n + 1));
            apply(new ComplaintSubmitted(number, ReportType.PENGADUAN, "PENDIDIKAN-DASAR", "32", "32.73",
                    "pemda-32.73", null, IntakeChannel.WEB, false, at));
            apply(new ComplaintRouted(number, "pemda-32.73", "pemda-32.73/DISDIK", 1, at.plusSeconds(1), null));
        }
    }

    @Test
    void shouldGoFromTheNationDownToAUnitInBothLanguagesAndDownloadWhatIsBehindTheFigures() throws Exception {
        fileAugust();
        Page page = browser.newPage(1280, 900);
        page.navigate("http://localhost:" + port + "/statistik?" + AUGUST);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Statistik nasional");
        assertThat(page.locator("[data-figure=received] td").first()).hasText("12");
        assertThat(page.locator("[data-statistics=trend] svg")).isVisible();
        assertThat(page.locator("[data-statistics=categories] svg rect")).hasCount(1);
        PortalBrowser.assertAccessible(page);

        page.locator("[data-statistics=below]").getByRole(AriaRole.LINK,
                new Locator.GetByRoleOptions().setName("Pemerintah Provinsi Jawa Barat")).click();
        assertThat(page).hasURL(Pattern.compile(".*/statistik/instansi/pemda-32\\?dari=2022-08-01&sampai=2022-08-31$"));
        page.locator("[data-statistics=below]").getByRole(AriaRole.LINK,
                new Locator.GetByRoleOptions().setName("Pemerintah Kota Bandung").setExact(true)).click();
        assertThat(page.locator("[data-figure=receivedPer100k] td").first()).hasText(Pattern.compile("^\\s*0,[0-9]\\s*$"));
        page.locator("[data-statistics=below]").getByRole(AriaRole.LINK,
                new Locator.GetByRoleOptions().setName("Dinas Pendidikan Kota Bandung")).click();
        assertThat(page).hasURL(Pattern.compile(".*/statistik/instansi/pemda-32\\.73/DISDIK\\?dari=2022-08-01&sampai=2022-08-31$"));
        assertThat(page.locator("[data-figure=received] td").first()).hasText("12");
        PortalBrowser.assertAccessible(page);

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("English")).click();
        assertThat(page).hasURL(Pattern.compile(".*dari=2022-08-01&sampai=2022-08-31.*"));
        assertThat(page.locator("[data-figure=received] th")).hasText("Reports received");
        assertThat(page.locator("#dari")).hasValue("2022-08-01");
        PortalBrowser.assertAccessible(page);

        Download download = page.waitForDownload(() -> page.locator("[data-statistics=export]")
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions()
                        .setName(Pattern.compile("complaints behind these figures.*CSV"))).click());
        assertThat(download.suggestedFilename())
                .isEqualTo("statistik-pemda-32.73_DISDIK-2022-08-01-2022-08-31-laporan.csv");
        List<String> lines = Files.readAllLines(download.path(), StandardCharsets.UTF_8);
        assertThat(lines).hasSize(13);
        assertThat(lines.get(1)).startsWith("JRNY00000001,PENGADUAN,");

        page.locator("[data-figure=received] a[data-figure-list]").click();
        assertThat(page.locator("[data-statistics=complaints] tbody tr")).hasCount(12);
        PortalBrowser.assertAccessible(page);
        page.goBack();
        page.locator("[data-figure=received] th a").click();
        assertThat(page).hasURL(Pattern.compile(".*/statistik/metode#received$"));
        assertThat(page.locator("#received")).isVisible();
    }

    /** Applies a fixture event as the live batch does: to the record and the roll-up together. */
    private void apply(Object event) {
        records.applyAll(List.of(event));
    }
}
