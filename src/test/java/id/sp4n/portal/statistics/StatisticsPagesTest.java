package id.sp4n.portal.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;

import jakarta.servlet.http.Cookie;

import id.sp4n.portal.complaint.CaseAction;
import id.sp4n.portal.complaint.ComplaintActedOn;
import id.sp4n.portal.complaint.ComplaintFacts;
import id.sp4n.portal.complaint.ComplaintRouted;
import id.sp4n.portal.complaint.ComplaintStatus;
import id.sp4n.portal.complaint.ComplaintSubmitted;
import id.sp4n.portal.complaint.IntakeChannel;
import id.sp4n.portal.complaint.ReportType;
import id.sp4n.portal.complaint.ReporterAction;
import id.sp4n.portal.complaint.ReporterActedOn;
import id.sp4n.portal.complaint.handling.Staff;
import id.sp4n.portal.support.PortalTest;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The public statistics pages for February 2024 (no other test files then): three public complaints held by
 * Bandung's education office, one of them verified, one rated 4 stars after its response, and one confidential one
 * that no public page counts.
 */
@PortalTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StatisticsPagesTest {

    private static final String FEBRUARY = "dari=2024-02-01&sampai=2024-02-29";

    @Autowired
    ComplaintRecords records;

    @Autowired
    Rollup rollup;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    void fileTheFixture() {
        // A fixture applied before (the same database) leaves the record and the roll-up together.
        rollup.subtract(jdbc.sql("select tracking_number from stat_complaint where tracking_number like 'PAGE%'")
                .query(String.class).list());
        jdbc.sql("delete from stat_complaint where tracking_number like 'PAGE%'").update();
        for (int n = 1; n <= 4; n++) {
            String number = "PAGE0000000" + n;
            Instant at = Instant.parse("2024-02-0" + n + "T03:00:00Z");
            apply(new ComplaintSubmitted(number, ReportType.PENGADUAN, "PENDIDIKAN-DASAR", "32", "32.73",
                    "pemda-32.73", null, n == 3 ? IntakeChannel.API : IntakeChannel.WEB, n == 4, at));
            apply(new ComplaintRouted(number, "pemda-32.73", "pemda-32.73/DISDIK", 1, at.plusSeconds(1), null));
        }
        apply(new ComplaintActedOn(CaseAction.VERIFY, new ComplaintFacts("PAGE00000001", ReportType.PENGADUAN,
                "PENDIDIKAN-DASAR", "32", "32.73", "pemda-32.73", IntakeChannel.WEB, "pemda-32.73/DISDIK",
                ComplaintStatus.IN_PROGRESS, false, false, null, Instant.parse("2024-02-01T03:00:00Z"), 1, 0, 0, null, null),
                "pemda-32.73/DISDIK", ComplaintStatus.SUBMITTED, Staff.Scope.AGENCY, Instant.parse("2024-02-02T03:00:00Z")));
        apply(new ReporterActedOn(ReporterAction.RATE, new ComplaintFacts("PAGE00000002", ReportType.PENGADUAN,
                "PENDIDIKAN-DASAR", "32", "32.73", "pemda-32.73", IntakeChannel.WEB, "pemda-32.73/DISDIK",
                ComplaintStatus.RESPONDED, false, false, null, Instant.parse("2024-02-02T03:00:00Z"), 3, 0, 0, null, null),
                "pemda-32.73/DISDIK", ComplaintStatus.RESPONDED, 4, Instant.parse("2024-02-06T03:00:00Z")));
    }

    private Document page(String path) throws Exception {
        return Jsoup.parse(mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
    }

    private static String value(Document page, String key) {
        return page.selectFirst("[data-figure=" + key + "] td").text();
    }

    @Test
    void shouldShowTheNationsFiguresForAPeriodWithoutConfidentialComplaints() throws Exception {
        Document national = page("/statistik?" + FEBRUARY);
        assertThat(national.selectFirst("h1").text()).isEqualTo("Statistik nasional");
        assertThat(value(national, "received")).isEqualTo("3");
        Element followUp = national.selectFirst("[data-figure=followUpRate]");
        assertThat(followUp.select("td").get(0).text()).isEqualTo("terlalu sedikit untuk dinilai");
        assertThat(followUp.select("td").get(1).text()).isEqualTo("2 dari 3");     // verified, and rated
        assertThat(national.select("[data-statistics=channel] tr")).extracting(Element::text)
                .containsExactly("Situs web 2", "API 1");
        assertThat(national.select("[data-statistics=door] tr")).extracting(Element::text)
                .as("filed at the city's door, held by its education office").containsExactly("Pintu instansi pemegang sendiri 3");
        assertThat(national.select("[data-statistics=door] caption a").attr("href")).isEqualTo("/statistik/metode#breakdowns");
        assertThat(national.select("[data-figure=daysToVerification] td").text()).isEqualTo("terlalu sedikit untuk dinilai");
        assertThat(national.select("header a[href=/statistik]")).as("in the main menu").isNotEmpty();
        assertThat(national.select("[data-statistics=rating] tbody tr")).extracting(Element::text)
                .containsExactly("5 0", "4 1", "3 0", "2 0", "1 0");
    }

    @ParameterizedTest
    @CsvSource({"/statistik/instansi/pemda-32, 3", "/statistik/instansi/pemda-32.73, 3",
            "/statistik/instansi/pemda-32.73/DISDIK, 3", "/statistik/instansi/pemda-33, 0"})
    void shouldShowAnAgencyWithEverythingBelowIt(String path, String received) throws Exception {
        Document agency = page(path + "?" + FEBRUARY);
        assertThat(agency.selectFirst("h1").text()).startsWith("Statistik ");
        assertThat(value(agency, "received")).isEqualTo(received);
    }

    @Test
    void shouldBreakAProvincesComplaintsDownByTheRegencyTheyAreAbout() throws Exception {
        Document province = page("/statistik/instansi/pemda-32?" + FEBRUARY);
        var rows = province.select("[data-statistics=regency-table] tbody tr");
        assertThat(rows).hasSize(27);
        assertThat(province.select("[data-statistics=regency-table] tr[data-regency=32.73] td").first().text())
                .isEqualTo("3");
        assertThat(province.select("[data-statistics=regency-table] tr[data-regency=32.01] td").first().text())
                .isEqualTo("0");
        assertThat(page("/statistik/instansi/pemda-32.73?" + FEBRUARY).select("[data-statistics=regencies]")).isEmpty();
    }

    @Test
    void shouldLetPeopleGoDownTheTreeKeepingThePeriod() throws Exception {
        Document city = page("/statistik/instansi/pemda-32.73?" + FEBRUARY);
        assertThat(city.select("nav a").eachAttr("href"))
                .contains("/statistik/instansi/pemda-32.73/DISDIK?dari=2024-02-01&sampai=2024-02-29");
    }

    @Test
    void shouldBeReachableFromEveryAgencysPage() throws Exception {
        assertThat(page("/instansi/pemda-32.73/DISDIK").selectFirst("[data-agency-statistics]").attr("href"))
                .isEqualTo("/statistik/instansi/pemda-32.73/DISDIK");
    }

    @Test
    void shouldDefineEveryNumberShownOnTheMethodPageInBothLanguages() throws Exception {
        Document national = page("/statistik?" + FEBRUARY);
        List<String> shown = national.select("[data-figure]").eachAttr("data-figure");
        assertThat(shown).hasSize(22);
        Document method = page("/statistik/metode");
        assertThat(method.select("p.text-body-secondary").text()).contains("versi 2");
        for (String key : shown) {
            assertThat(method.getElementById(key)).as(key).isNotNull();
            assertThat(method.getElementById(key).nextElementSibling().text()).as(key).hasSizeGreaterThan(20);
            assertThat(national.selectFirst("[data-figure=" + key + "] a").attr("href")).isEqualTo("/statistik/metode#" + key);
        }
        Document english = Jsoup.parse(mvc.perform(get("/statistik/metode").cookie(new Cookie("sp4n-lang", "en")))
                .andReturn().getResponse().getContentAsString());
        assertThat(english.selectFirst("h1").text()).isEqualTo("How every statistic is counted");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "/statistik?dari=bukan-tanggal | 400 | tidak dapat dibaca",
            "/statistik?dari=2024-03-01&sampai=2024-02-01 | 400 | jatuh setelah tanggal akhir",
            "/statistik/instansi/pemda-99?dari=2024-02-01 | 404 | tidak ada dalam direktori",
            "/statistik/ekspor?format=pdf | 400 | Pilih csv atau xlsx",
            "/statistik/ekspor?isi=laporan&ukuran=semua | 400 | bukan angka yang punya daftar laporan",
            "/statistik/laporan?ukuran=durasi | 400 | bukan angka yang punya daftar laporan",
            "/statistik/laporan | 400 | bukan angka yang punya daftar laporan",
            "/statistik/laporan?ukuran=received&instansi=pemda-99 | 404 | tidak ada dalam direktori",
            "/statistik/ekspor?isi=semua | 400 | Pilih angka",
            "/statistik/ekspor?instansi=pemda-99 | 404 | tidak ada dalam direktori",
            "/statistik/ekspor?sampai=31-12-2024 | 400 | tidak dapat dibaca",
            "/api/v1/statistics?from=kemarin | 400 | tidak dapat dibaca",
            "/api/v1/statistics?agency=pemda-99 | 404 | tidak ada dalam direktori",
            "/api/v1/statistics?from=2024-03-01&to=2024-02-01 | 400 | jatuh setelah tanggal akhir"})
    void shouldExplainWhatItCannotShow(String path, int status, String message) throws Exception {
        String body = mvc.perform(get(path)).andExpect(status().is(status)).andReturn().getResponse()
                .getContentAsString();
        assertThat(body).contains(message);
    }

    @Test
    void shouldGiveTheSameFiguresAsOpenDataInJson() throws Exception {
        String json = mvc.perform(get("/api/v1/statistics?agency=pemda-32.73/DISDIK&from=2024-02-01&to=2024-02-29"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        JsonNode body = new ObjectMapper().readTree(json);
        assertThat(body.get("agency").get("code").asString()).isEqualTo("pemda-32.73/DISDIK");
        assertThat(body.get("confidentialIncluded").asBoolean()).isFalse();
        assertThat(body.get("method").get("version").asInt()).isEqualTo(1);
        JsonNode received = body.get("figures").get(0);
        assertThat(received.get("key").asString()).isEqualTo("received");
        assertThat(received.get("value").asInt()).isEqualTo(3);
        JsonNode followUp = body.get("figures").get(1);
        assertThat(followUp.get("tooFew").asBoolean()).isTrue();
        assertThat(followUp.get("value").isNull()).as("too few: no percentage at all").isTrue();
        assertThat(followUp.get("count").asInt()).isEqualTo(2);
        assertThat(body.get("breakdowns").get("channel").get("WEB").asInt()).isEqualTo(2);
        assertThat(body.get("breakdowns").get("channel").get("API").asInt()).isEqualTo(1);
        assertThat(body.get("durations").get("daysToVerification").get("tooFew").asBoolean()).isTrue();
        assertThat(json).doesNotContain("PAGE0000000").as("figures only, no complaint");
    }

    @Test
    void shouldExportTheComplaintsBehindAViewAsCsvWithoutConfidentialOnes() throws Exception {
        var response = mvc.perform(get("/statistik/ekspor?instansi=pemda-32.73&" + FEBRUARY + "&isi=laporan&format=csv"))
                .andExpect(status().isOk()).andReturn().getResponse();
        assertThat(response.getContentType()).startsWith("text/csv");
        assertThat(response.getHeader("Content-Disposition"))
                .contains("statistik-pemda-32.73-2024-02-01-2024-02-29-laporan.csv");
        String csv = response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFF");
        List<String> lines = csv.substring(1).lines().toList();
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).isEqualTo(String.join(",", ComplaintRows.COLUMNS));
        assertThat(lines.get(1)).startsWith("PAGE00000001,PENGADUAN,PENDIDIKAN-DASAR,32,32.73,pemda-32.73,"
                + "pemda-32.73/DISDIK,WEB,IN_PROGRESS,2024-02-01,1,1,,,,false,0,0,false,0,false,,");
        assertThat(lines.get(2)).startsWith("PAGE00000002,").contains(",RESPONDED,2024-02-02,");
        assertThat(lines.get(3)).startsWith("PAGE00000003,").contains(",API,SUBMITTED,");
        assertThat(csv).doesNotContain("PAGE00000004");
    }

    @Test
    void shouldExportTheSameRowsAsXlsxAndTheFiguresAsEither() throws Exception {
        byte[] xlsx = mvc.perform(get("/statistik/ekspor?" + FEBRUARY + "&isi=laporan&format=xlsx"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows).hasSize(4);
            assertThat(rows.get(0).getCellText(0)).isEqualTo("tracking_number");
            assertThat(rows.get(1).getCellText(0)).isEqualTo("PAGE00000001");
            assertThat(rows.get(1).getCell(10).getValue()).as("a number stays a number")
                    .isEqualTo(java.math.BigDecimal.ONE);
            assertThat(rows).extracting(row -> row.getCellText(0)).doesNotContain("PAGE00000004");
        }
        byte[] figures = mvc.perform(get("/statistik/ekspor?" + FEBRUARY + "&isi=angka&format=xlsx"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new java.io.ByteArrayInputStream(figures))) {
            Row received = workbook.getFirstSheet().read().get(1);
            assertThat(received.getCellText(0)).isEqualTo("received");
            assertThat(received.getCellText(1)).isEqualTo("Laporan diterima");
            assertThat(received.getCell(2).getValue()).isEqualTo(java.math.BigDecimal.valueOf(3));
        }
        String csv = mvc.perform(get("/statistik/ekspor?" + FEBRUARY)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv.lines()).contains("received,Laporan diterima,3,3,,false",
                "followUpRate,Tingkat tindak lanjut,,2,3,true", "channel.WEB,channel: WEB,2,2,,false");
    }

    @Test
    void shouldOfferTheViewsDownloadsOnItsPage() throws Exception {
        Document city = page("/statistik/instansi/pemda-32.73?" + FEBRUARY);
        assertThat(city.select("[data-statistics=export] a").eachAttr("href")).contains(
                "/statistik/ekspor?instansi=pemda-32.73&dari=2024-02-01&sampai=2024-02-29&isi=laporan&format=csv",
                "/api/v1/statistics?agency=pemda-32.73&from=2024-02-01&to=2024-02-29");
    }

    @Test
    void shouldDrawTheTrendCategoriesAndProvincesWithTheSameNumbersAsTheirTables() throws Exception {
        Document national = page("/statistik?" + FEBRUARY);
        assertThat(national.select("[data-statistics=trend-table] tbody tr")).extracting(Element::text)
                .containsExactly("Februari 2024 3 2 0");
        assertThat(national.select("[data-statistics=trend] svg title").text()).contains("tabel di bawah");
        assertThat(national.select("[data-statistics=trend] polyline")).hasSize(3);
        assertThat(national.select("[data-statistics=category-table] tbody tr")).extracting(Element::text)
                .containsExactly("Pendidikan dasar (PAUD/SD/SMP) 3");
        assertThat(national.select("[data-statistics=categories] svg rect")).hasSize(1);
        Element westJava = national.selectFirst("[data-statistics=province-table] tr[data-province=32]");
        assertThat(westJava.select("td").get(0).text()).isEqualTo("3");
        assertThat(westJava.select("td").get(2).text()).as("3 reports: too few for a rate")
                .isEqualTo("terlalu sedikit untuk dinilai");
        assertThat(national.select("[data-statistics=province-table] tbody tr")).hasSize(38);
        assertThat(national.select("[data-statistics=provinces] svg rect")).as("only provinces with a rate").isEmpty();
    }

    @Test
    void shouldSetThePreviousPeriodBesideEveryFigure() throws Exception {
        Document march = page("/statistik?dari=2024-03-01&sampai=2024-03-31");
        assertThat(march.select("[data-statistics=headline] thead th").last().text()).contains("1 Feb 2024")
                .contains("29 Feb 2024");
        assertThat(march.selectFirst("[data-figure=received] td[data-previous]").text()).isEqualTo("3");
        assertThat(value(march, "received")).isEqualTo("0");
    }

    @Test
    void shouldRateARegionalGovernmentPerInhabitantButNotOneOfItsUnits() throws Exception {
        Document city = page("/statistik/instansi/pemda-32.73?" + FEBRUARY);
        Element rate = city.selectFirst("[data-figure=receivedPer100k]");
        assertThat(rate.select("td").get(0).text()).isEqualTo("terlalu sedikit untuk dinilai");
        assertThat(rate.select("td").get(1).text()).matches("3 laporan, [0-9.]+ penduduk");
        assertThat(page("/statistik/instansi/pemda-32.73/DISDIK?" + FEBRUARY).select("[data-figure=receivedPer100k]"))
                .isEmpty();
        assertThat(page("/statistik?" + FEBRUARY).select("[data-figure=receivedPer100k]")).isEmpty();
    }

    @Test
    void shouldListThePublicComplaintsBehindAFigure() throws Exception {
        Document national = page("/statistik?" + FEBRUARY);
        String link = national.selectFirst("[data-figure=followUpRate] a[data-figure-list]").attr("href");
        assertThat(link).isEqualTo("/statistik/laporan?instansi=&dari=2024-02-01&sampai=2024-02-29&ukuran=followUpRate");
        Document list = page(link);
        assertThat(list.select("[data-statistics=complaints] tbody th a")).extracting(Element::text)
                .containsExactly("PAGE00000001", "PAGE00000002");
        assertThat(list.selectFirst("[data-statistics=complaints] tbody th a").attr("href"))
                .isEqualTo("/lacak/PAGE00000001");
        assertThat(list.selectFirst("[data-list-total]").text()).startsWith("2 laporan");
        assertThat(page("/statistik/laporan?instansi=pemda-32.73&" + FEBRUARY + "&ukuran=received")
                .select("[data-statistics=complaints] tbody tr")).as("never the confidential fourth").hasSize(3);
        String csv = mvc.perform(get(list.selectFirst("[data-list-export]").attr("href"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv.lines()).hasSize(3);
        assertThat(national.select("[data-figure=ombudsmanReferrals] a[data-figure-list]"))
                .as("nothing behind a zero").isEmpty();
    }

    /** Applies a fixture event as the live batch does: to the record and the roll-up together. */
    private void apply(Object event) {
        records.applyAll(List.of(event));
    }
}
