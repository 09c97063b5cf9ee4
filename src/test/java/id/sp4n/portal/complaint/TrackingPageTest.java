package id.sp4n.portal.complaint;

import static id.sp4n.portal.support.ComplaintFormMother.aComplaint;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;

import id.sp4n.portal.identity.Role;
import id.sp4n.portal.support.PortalTest;
import id.sp4n.portal.support.StaffMother;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The tracking page as a person reads it (issue 17): where the complaint is and what happens now, the agency's
 * latest word first, the trail as one arrival per agency, and the reporter's own action confirmed at the top.
 */
@PortalTest
class TrackingPageTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    StaffMother staffMother;

    @Autowired
    JdbcClient jdbc;

    CaseworkSteps steps;
    UserDetails cityEducation;

    @BeforeEach
    void enrolStaff() {
        steps = new CaseworkSteps(mvc, jdbc, staffMother);
        cityEducation = steps.staff("uji.lacak.disdik@sp4n.test", Role.OFFICER, "pemda-32.73/DISDIK");
    }

    private Document page(String path) throws Exception {
        return Jsoup.parse(mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
    }

    private Document own(CaseworkSteps.Filed filed) throws Exception {
        return page("/lacak/" + filed.number() + "?kunci=" + filed.key());
    }

    private CaseworkSteps.Filed fileAtTheNationalDoor() throws Exception {
        String location = mvc.perform(aComplaint().postTo("/lapor")).andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();
        var query = UriComponentsBuilder.fromUriString(location).build().getQueryParams();
        String number = query.getFirst("nomor");
        await().atMost(Duration.ofSeconds(10)).until(() -> steps.field(number, "routed_at is not null", Boolean.class));
        return new CaseworkSteps.Filed(number, query.getFirst("kunci"));
    }

    private static String currentStep(Document page) {
        return page.select("[data-progress] [aria-current=step]").text();
    }

    @Test
    void shouldTellWhereTheComplaintIsAndReadTheRoutingRunAsOneArrival() throws Exception {
        CaseworkSteps.Filed filed = fileAtTheNationalDoor();
        assertThat(steps.hopTargets(filed.number())).hasSizeGreaterThan(1);

        Document page = page("/lacak/" + filed.number());

        assertThat(currentStep(page)).contains("Diterima");
        assertThat(page.select("[data-progress] .progress-done")).isEmpty();
        assertThat(page.select("[data-now]").text())
                .isEqualTo("Dinas Pendidikan Kota Bandung sedang memeriksa (memverifikasi) laporan ini.");
        assertThat(page.select("[data-due]").text()).startsWith("Verifikasi paling lambat");
        // One routing run is one arrival at the unit with authority, the agencies it passed named, not coded.
        var arrivals = page.select("[data-trail] li[data-to]");
        assertThat(arrivals).hasSize(1);
        Element arrival = arrivals.first();
        assertThat(arrival.attr("data-to")).isEqualTo("pemda-32.73/DISDIK");
        assertThat(arrival.select("a").attr("href")).isEqualTo("/instansi/pemda-32.73/DISDIK");
        assertThat(arrival.select("[data-via]").text()).contains("Pemerintah Provinsi Jawa Barat");
        assertThat(page.text()).doesNotContain("dalam perjalanan menuju").doesNotContain("pemda-32");
    }

    @Test
    void shouldPutTheAgencysLatestWordAndTheReportersOwnActionFirst() throws Exception {
        CaseworkSteps.Filed filed = steps.file(aComplaint(), "pemda-32.73");
        steps.act(cityEducation, filed.number(), "tunda", "question", "Sekolah mana dan di kelurahan apa?")
                .andExpect(status().is3xxRedirection());

        Document held = own(filed);
        assertThat(held.select("[data-status]").text()).isEqualTo("Ditunda: menunggu jawaban Anda");
        assertThat(held.select("[data-now]").text()).contains("menunggu jawaban Anda");
        assertThat(currentStep(held)).contains("Diterima");
        assertThat(held.select("[data-responses] > li").first().attr("data-kind")).isEqualTo("INFO_REQUEST");
        assertThat(page("/lacak/" + filed.number()).select("[data-status]").text())
                .isEqualTo("Ditunda: menunggu jawaban pelapor");

        String back = steps.reporter(filed, "balas", "text", "SD Negeri 5, Kelurahan Cihapit.")
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        Document replied = page(back);
        // The confirmation comes before everything else the page says about the complaint.
        Element done = replied.selectFirst("[data-done]");
        assertThat(done.text()).isEqualTo("Balasan Anda sudah dikirim.");
        assertThat(done.elementSiblingIndex()).isLessThan(replied.selectFirst("[data-progress]").elementSiblingIndex());
        assertThat(replied.select("[data-responses] > li").first().attr("data-kind")).isEqualTo("CITIZEN_REPLY");

        steps.act(cityEducation, filed.number(), "verifikasi", "type", "PENGADUAN", "categoryCode", "PENDIDIKAN-DASAR")
                .andExpect(status().is3xxRedirection());
        steps.act(cityEducation, filed.number(), "tanggapan", "text", "Atap SD Negeri 5 diperbaiki mulai Senin.")
                .andExpect(status().is3xxRedirection());

        Document responded = own(filed);
        assertThat(currentStep(responded)).contains("Ditanggapi");
        assertThat(responded.select("[data-progress] .progress-done")).hasSize(3);
        assertThat(responded.select("[data-now]").text()).contains("sudah menanggapi laporan Anda");
        assertThat(responded.select("[data-due]").text())
                .startsWith("Selesai dengan sendirinya pada").endsWith("jika Anda tidak menanggapi");
        Element latest = responded.select("[data-responses] > li").first();
        assertThat(latest.attr("data-kind")).isEqualTo("RESPONSE");
        assertThat(latest.text()).contains("Atap SD Negeri 5 diperbaiki mulai Senin.");

        // The JSON tracking call carries the same conversation to the same viewer.
        mvc.perform(get("/api/v1/complaints/{n}", filed.number()))
                .andExpect(jsonPath("$.messages[*].kind", contains("INFO_REQUEST", "RESPONSE")))
                .andExpect(jsonPath("$.messages[1].text").value("Atap SD Negeri 5 diperbaiki mulai Senin."))
                .andExpect(jsonPath("$.messages[1].agency.code").value("pemda-32.73/DISDIK"))
                .andExpect(jsonPath("$.messages[1].agency.name").value("Dinas Pendidikan Kota Bandung"));
        mvc.perform(get("/api/v1/complaints/{n}", filed.number()).param("kunci", filed.key()))
                .andExpect(jsonPath("$.messages[*].kind", contains("INFO_REQUEST", "CITIZEN_REPLY", "RESPONSE")))
                .andExpect(jsonPath("$.messages[1].byReporter").value(true))
                .andExpect(jsonPath("$.messages[1].agency").doesNotExist());
    }

    @Test
    void shouldShowNoProgressLineForAnArchivedComplaintButItsReason() throws Exception {
        CaseworkSteps.Filed filed = steps.file(aComplaint(), "pemda-32.73");
        steps.act(cityEducation, filed.number(), "arsipkan", "reason", "NOT_PUBLIC_SERVICE")
                .andExpect(status().is3xxRedirection());

        Document page = page("/lacak/" + filed.number());

        assertThat(page.select("[data-progress]")).isEmpty();
        assertThat(page.select("[data-archived]").text()).contains("Diarsipkan");
    }

    private String receiptText(String path) throws Exception {
        var response = mvc.perform(get(path)).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Cache-Control", "no-store")).andReturn().getResponse();
        try (PDDocument pdf = Loader.loadPDF(response.getContentAsByteArray())) {
            return new PDFTextStripper().getText(pdf);
        }
    }

    @Test
    void shouldGiveAReceiptToPrintOrDownloadWithoutTheReportersIdentity() throws Exception {
        String location = mvc.perform(aComplaint().with("title", "Atap kelas bocor 🌧 lagi di SD Cihapit")
                        .postTo("/instansi/pemda-32.73/lapor")).andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();
        var query = UriComponentsBuilder.fromUriString(location).build().getQueryParams();
        String number = query.getFirst("nomor");
        String key = query.getFirst("kunci");

        Document confirmation = page(location);
        assertThat(confirmation.select("[data-receipt-pdf]").attr("href"))
                .isEqualTo("/lacak/" + number + "/tanda-terima.pdf?kunci=" + key);
        assertThat(confirmation.select("[data-receipt] [data-print]")).hasSize(1);
        assertThat(page("/lacak/" + number).select("[data-receipt-pdf]").attr("href"))
                .isEqualTo("/lacak/" + number + "/tanda-terima.pdf");

        String own = receiptText("/lacak/" + number + "/tanda-terima.pdf?kunci=" + key);
        assertThat(own).contains("Tanda terima laporan", new TrackingNumber(number).display(),
                "Atap kelas bocor ? lagi di SD Cihapit", "Kota Bandung", "/lacak/" + number)
                .contains("kunci=" + key.substring(0, 12))
                .doesNotContain("Siti Rahmawati").doesNotContain("siti.rahmawati@example.id");
        String shared = receiptText("/lacak/" + number + "/tanda-terima.pdf");
        assertThat(shared).contains(new TrackingNumber(number).display()).doesNotContain("kunci=")
                .doesNotContain("Siti Rahmawati");
        // A wrong key is the public receipt, an unknown number a 404.
        assertThat(receiptText("/lacak/" + number + "/tanda-terima.pdf?kunci=salah")).doesNotContain("kunci=");
        mvc.perform(get("/lacak/ZZZZ99999999/tanda-terima.pdf")).andExpect(status().isNotFound());
    }
}
