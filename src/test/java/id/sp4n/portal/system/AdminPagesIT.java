package id.sp4n.portal.system;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import id.sp4n.portal.identity.Role;
import id.sp4n.portal.identity.StaffEnrolment;
import id.sp4n.portal.support.PortalBrowser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Every administration and staff page, as the national admin sees it, passes axe (WCAG 2.1 A/AA). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AdminPagesIT {

    private static final String PASSWORD = "kata-sandi-halaman-2026";

    static PortalBrowser browser;
    static Page page;

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

    private Page signedIn() {
        if (page == null) {
            enrolment.enrolIfAbsent("halaman.nasional@sp4n.test", PASSWORD, "Admin Nasional", Role.NATIONAL_ADMIN,
                    "kemenpanrb");
            page = browser.newPage(1280, 900);
            page.navigate("http://localhost:" + port + "/masuk");
            page.getByLabel("Alamat e-mail").fill("halaman.nasional@sp4n.test");
            page.getByLabel("Kata sandi").fill(PASSWORD);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Masuk").setExact(true)).click();
        }
        return page;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "/admin/kategori, Kategori laporan",
            "/admin/kategori?kode=PENDIDIKAN-DASAR, Kategori laporan",
            "/admin/petugas?agency=pemda-32.73, Petugas instansi",
            "/admin/libur?agency=pemda-32.73&year=2026, Hari libur",
            "/admin/libur-nasional?year=2027, Libur nasional dan cuti bersama 2027",
            "/admin/audit, Log audit",
            "/admin/statistik, Dasbor statistik",
            "/admin/statistik?instansi=pemda-32.73, Dasbor statistik",
            "/admin/statistik/laporan?ukuran=received, Laporan di balik angka “Laporan diterima”",
            "/admin/peringkat/metode, Metode peringkat",
            "/admin/predikat?periode=2025, Predikat pemerintah daerah",
            "/admin/predikat/pemda-32.73?periode=2025, 'Predikat Pemerintah Kota Bandung, 2025'",
            "/admin/instansi/nonaktifkan?kode=pemda-32.73/DISDIK, Nonaktifkan Dinas Pendidikan Kota Bandung",
            "/petugas/ombudsman, Rujukan Ombudsman",
            "/petugas/templat?agency=pemda-32.73, Templat balasan",
            "/notifikasi, Pemberitahuan",
            "/admin/instansi/pindahkan?kode=pemda-32.73/DISDIK, Pindahkan Dinas Pendidikan Kota Bandung",
            "/instansi/pemda-32.73, Pemerintah Kota Bandung",
            "/admin/instansi/baru?induk=pemda-32.73, Instansi baru di bawah Pemerintah Kota Bandung",
            "/admin/instansi/impor, Impor instansi dari CSV",
            "/admin/instansi/ubah?kode=pemda-32.73, Ubah Pemerintah Kota Bandung",
            "/admin, Administrasi",
            "/undangan?token=tidak-berlaku, Buat kata sandi",
            "/admin/program, 'Program prioritas: meja KSP'",
            "/admin/program/stunting, Percepatan penurunan stunting",
            "/admin/program/baru, Program baru",
            "/admin/program/stunting/ubah, 'Ubah program: Percepatan penurunan stunting'",
            "/admin/kebijakan/baru, Buka tindak lanjut kebijakan",
            "/pimpinan, Ringkasan pimpinan",
            "/admin/instansi, Kelola instansi",
            "/admin/instansi?induk=pemda-32, Kelola instansi",
            "/admin/instansi?q=bandung, Kelola instansi"})
    void shouldHaveNoAccessibilityViolations(String path, String heading) {
        Page admin = signedIn();
        admin.navigate("http://localhost:" + port + path);
        assertThat(admin.locator("h1")).hasText(heading);
        PortalBrowser.assertAccessible(admin);
    }

    /** The tree opens branch by branch in place (htmx), and stays accessible with two levels open. */
    @org.junit.jupiter.api.Test
    void shouldOpenTheAgencyTreeBranchByBranch() {
        Page admin = signedIn();
        admin.navigate("http://localhost:" + port + "/admin/instansi");
        var westJava = admin.locator("li[data-code='pemda-32'] > details > summary");
        assertThat(westJava).containsText("langsung di bawah Pemerintah Provinsi Jawa Barat");
        westJava.click();
        var bandung = admin.locator("li[data-code='pemda-32'] li[data-code='pemda-32.73']");
        assertThat(bandung.getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions()
                .setName("Pemerintah Kota Bandung").setExact(true))).isVisible();
        bandung.locator("xpath=./details/summary").click();
        assertThat(bandung.locator("li[data-code='pemda-32.73/DISDIK']")).containsText("Dinas Pendidikan Kota Bandung");
        assertThat(admin).hasURL("http://localhost:" + port + "/admin/instansi");
        PortalBrowser.assertAccessible(admin);
    }

    /**
     * The national admin is warned that next year's holidays are missing, follows the warning, uploads the year's CSV
     * and sees it loaded; the year is removed again afterwards so that other journeys see the calendar as seeded.
     */
    @org.junit.jupiter.api.Test
    void shouldLoadNextYearsHolidaysFromTheWarning() throws Exception {
        Page admin = signedIn();
        int nextYear = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Jakarta")).getYear() + 1;
        java.nio.file.Path csv = java.nio.file.Files.createTempFile("libur-", ".csv");
        try {
            java.nio.file.Files.writeString(csv, "date,kind,name,legal_basis\n"
                    + nextYear + "-01-05,NATIONAL_HOLIDAY,Hari libur uji peramban,SKB uji (data uji)\n"
                    + nextYear + "-02-08,COLLECTIVE_LEAVE,\"Cuti bersama uji, peramban\",SKB uji (data uji)\n");
            admin.navigate("http://localhost:" + port + "/admin/libur-nasional?year=" + nextYear);
            assertThat(admin.locator("[data-year-not-loaded]")).containsText(String.valueOf(nextYear));
            admin.getByLabel("Berkas CSV").setInputFiles(csv);
            admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Periksa dan impor")).click();
            assertThat(admin.locator("[data-done]")).containsText("2 hari libur tahun " + nextYear + " dimuat");
            assertThat(admin.locator("[data-national-holidays]")).containsText("Cuti bersama uji, peramban");
            assertThat(admin.locator("[data-year-not-loaded]")).hasCount(0);
            PortalBrowser.assertAccessible(admin);
        } finally {
            java.nio.file.Files.deleteIfExists(csv);
            jdbc.sql("delete from holiday where agency_code is null and name like '%uji%'").update();
        }
    }

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;
}
