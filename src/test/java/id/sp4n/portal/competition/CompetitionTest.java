package id.sp4n.portal.competition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import id.sp4n.portal.identity.PortalUser;
import id.sp4n.portal.identity.Role;
import id.sp4n.portal.support.PortalTest;
import id.sp4n.portal.support.StaffMother;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A round for 2040 (a year with no figures yet: the three measured criteria are too few to judge and left out) run
 * through its pages, with every step out of turn refused. Kota Bandung: infrastructure scored 80 and 90 (mean 85),
 * staff competence 70 → (85 + 70) ÷ 2 = 77.50, rank 1. Kota Bogor: 70 and 70 → 70.00, rank 2. Kota Sukabumi
 * registered but never submitted: not ranked.
 */
@PortalTest
class CompetitionTest {

    private static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    MockMvc mvc;

    @Autowired
    StaffMother staff;

    @Autowired
    JdbcClient jdbc;

    @Test
    void shouldRunARoundFromOpeningToPublishedWinnersAndRefuseEveryStepOutOfTurn() throws Exception {
        PortalUser national = (PortalUser) staff.staff("kompetisi.nasional@sp4n.test", Role.NATIONAL_ADMIN, "kemenpanrb");
        PortalUser bandung = (PortalUser) staff.staff("kompetisi.bandung@sp4n.test", Role.AGENCY_ADMIN, "pemda-32.73");
        PortalUser bogor = (PortalUser) staff.staff("kompetisi.bogor@sp4n.test", Role.AGENCY_ADMIN, "pemda-32.71");
        PortalUser sukabumi = (PortalUser) staff.staff("kompetisi.sukabumi@sp4n.test", Role.AGENCY_ADMIN, "pemda-32.72");
        PortalUser province = (PortalUser) staff.staff("kompetisi.jabar@sp4n.test", Role.AGENCY_ADMIN, "pemda-32");
        PortalUser ombudsman = (PortalUser) staff.staff("kompetisi.ombudsman@sp4n.test", Role.OVERSIGHT, "ombudsman");
        PortalUser ksp = (PortalUser) staff.staff("kompetisi.ksp@sp4n.test", Role.OVERSIGHT, "ksp");
        String today = LocalDate.now(java.time.ZoneId.of("Asia/Jakarta")).toString();
        String later = LocalDate.now(java.time.ZoneId.of("Asia/Jakarta")).plusDays(30).toString();

        for (String[] bad : new String[][] {{"dua ribu", "CITY", today, later, "bukan tahun"},
                {"2040", "", today, later, "sedikitnya satu kelas"}, {"2040", "DESA", today, later, "tidak dikenal"},
                {"2040", "CITY", later, today, "tidak sebelum"}, {"2040", "CITY", "2020-01-01", later, "hari ini"},
                {"2040", "CITY", "besok", later, "tidak dapat dibaca"}}) {
            Document refused = page(openRound(national, bad[0], bad[1], bad[2], bad[3]), 400);
            assertThat(refused.select("[data-refusal]").text()).as(bad[4]).contains(bad[4]);
            assertThat(refused.select("#competition-name").val()).isEqualTo("Kompetisi uji 2040");
        }
        page(openRound(bandung, "2040", "CITY", today, later), 403);
        String location = mvc.perform(openRound(national, "2040", "CITY", today, later))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long round = Long.parseLong(location.replaceAll(".*/admin/kompetisi/(\\d+).*", "$1"));
        page(openRound(national, "2040", "CITY", today, later), 400);

        long bandungEntry = register(bandung, round);
        long bogorEntry = register(bogor, round);
        register(sukabumi, round);
        page(post("/admin/kompetisi/" + round + "/daftar").with(csrf()).with(user(bandung)), 400);
        assertThat(page(post("/admin/kompetisi/" + round + "/daftar").with(csrf()).with(user(province)), 400)
                .select("[data-refusal]").text()).contains("tidak termasuk kelas");

        Document entry = page(get("/admin/kompetisi/peserta/" + bandungEntry).with(user(bandung)), 200);
        assertThat(entry.select("[data-criterion=followUp] [data-measured]").text()).contains("terlalu sedikit");
        assertThat(entry.select("#selfScore-followUp")).as("a measured criterion takes no score").isEmpty();
        page(answer(bandung, bandungEntry, "FOLLOW_UP", "100", "Kami cepat."), 400);
        Document refused = page(answer(bandung, bandungEntry, "INFRASTRUCTURE", "seratus", "Kanal WhatsApp dan loket."), 400);
        assertThat(refused.select("#narrative-infrastructure").text()).isEqualTo("Kanal WhatsApp dan loket.");
        page(answer(bandung, bandungEntry, "INFRASTRUCTURE", "90", " "), 400);
        page(answer(bogor, bandungEntry, "INFRASTRUCTURE", "90", "Bukan milik kami."), 403);
        page(evidence(bandung, bandungEntry, "INFRASTRUCTURE", "foto.jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, 1, 2, 3}), 400);
        page(post("/admin/kompetisi/peserta/" + bandungEntry + "/kirim").with(csrf()).with(user(bandung)), 400);
        page(score(ombudsman, bandungEntry, "INFRASTRUCTURE", "80", "Belum waktunya."), 400);

        fill(bandung, bandungEntry);
        mvc.perform(evidence(bandung, bandungEntry, "INFRASTRUCTURE", "sop-pengaduan.pdf", PDF))
                .andExpect(status().is3xxRedirection());
        fill(bogor, bogorEntry);
        submit(bandung, bandungEntry);
        submit(bogor, bogorEntry);
        page(answer(bandung, bandungEntry, "INFRASTRUCTURE", "95", "Sesudah dikirim."), 400);
        long file = jdbc.sql("select id from competition_evidence where entry_id = ?").param(bandungEntry)
                .query(Long.class).single();
        mvc.perform(get("/admin/kompetisi/peserta/" + bandungEntry + "/bukti/" + file).with(user(ombudsman)))
                .andExpect(status().isOk());
        mvc.perform(get("/admin/kompetisi/peserta/" + bandungEntry + "/bukti/" + file).with(user(bogor)))
                .andExpect(status().isForbidden());

        page(post("/admin/kompetisi/" + round + "/terbitkan").with(csrf()).with(user(national)), 400);
        mvc.perform(post("/admin/kompetisi/" + round + "/penilaian").with(csrf()).with(user(national)))
                .andExpect(status().is3xxRedirection());
        page(post("/admin/kompetisi/" + round + "/daftar").with(csrf()).with(user(province)), 400);
        page(score(bandung, bandungEntry, "INFRASTRUCTURE", "100", "Diri sendiri."), 403);
        page(score(ombudsman, bandungEntry, "FOLLOW_UP", "80", "Diukur portal."), 400);
        page(score(ombudsman, bandungEntry, "INFRASTRUCTURE", "101", "Terlalu tinggi."), 400);
        page(score(ombudsman, bandungEntry, "INFRASTRUCTURE", "80", ""), 400);
        scored(ombudsman, bandungEntry, "INFRASTRUCTURE", "80");
        scored(ksp, bandungEntry, "INFRASTRUCTURE", "90");
        scored(ombudsman, bandungEntry, "STAFF_COMPETENCE", "70");
        scored(ombudsman, bogorEntry, "INFRASTRUCTURE", "70");
        assertThat(page(post("/admin/kompetisi/" + round + "/terbitkan").with(csrf()).with(user(national)), 400)
                .select("[data-refusal]").text()).contains("Pemerintah Kota Bogor");
        scored(ombudsman, bogorEntry, "STAFF_COMPETENCE", "70");
        mvc.perform(post("/admin/kompetisi/" + round + "/terbitkan").with(csrf()).with(user(national)))
                .andExpect(status().is3xxRedirection());

        Document published = page(get("/kompetisi/" + round), 200);
        assertThat(published.select("[data-class=kota] [data-top] tbody tr").eachAttr("data-agency"))
                .containsExactly("pemda-32.73", "pemda-32.71");
        assertThat(published.select("[data-class=kota] [data-score]").eachText()).containsExactly("77,50", "70,00");
        assertThat(published.select("[data-class=kota] [data-rank]").eachText()).containsExactly("1", "2");
        assertThat(jdbc.sql("select count(*) from audit_log where action like 'COMPETITION_%'").query(Long.class)
                .single()).isGreaterThanOrEqualTo(17);
        page(get("/kompetisi/999999"), 404);
        page(get("/kompetisi/abc"), 400);
    }

    private void fill(PortalUser admin, long entry) throws Exception {
        mvc.perform(answer(admin, entry, "INFRASTRUCTURE", "90", "Kanal WhatsApp, loket dan aplikasi terhubung."))
                .andExpect(status().is3xxRedirection());
        mvc.perform(answer(admin, entry, "STAFF_COMPETENCE", "80", "Semua petugas dilatih tahun ini."))
                .andExpect(status().is3xxRedirection());
        mvc.perform(answer(admin, entry, "LEADERSHIP", "", "Wali kota membaca ringkasan setiap bulan."))
                .andExpect(status().is3xxRedirection());
    }

    private void submit(PortalUser admin, long entry) throws Exception {
        mvc.perform(post("/admin/kompetisi/peserta/" + entry + "/kirim").with(csrf()).with(user(admin)))
                .andExpect(status().is3xxRedirection());
    }

    private void scored(PortalUser evaluator, long entry, String criterion, String value) throws Exception {
        mvc.perform(score(evaluator, entry, criterion, value, "Bukti memadai.")).andExpect(status().is3xxRedirection());
    }

    private long register(PortalUser admin, long round) throws Exception {
        String location = mvc.perform(post("/admin/kompetisi/" + round + "/daftar").with(csrf()).with(user(admin)))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(location.replaceAll(".*/peserta/(\\d+).*", "$1"));
    }

    private static MockHttpServletRequestBuilder openRound(PortalUser admin, String year, String classes,
                                                           String registration, String assessment) {
        return post("/admin/kompetisi").with(csrf()).with(user(admin)).param("year", year)
                .param("name", "Kompetisi uji 2040").param("classes", classes)
                .param("registrationUntil", registration).param("assessmentUntil", assessment);
    }

    private static MockHttpServletRequestBuilder answer(PortalUser admin, long entry, String criterion, String score,
                                                        String narrative) {
        return post("/admin/kompetisi/peserta/" + entry + "/jawaban").with(csrf()).with(user(admin))
                .param("criterion", criterion).param("selfScore", score).param("narrative", narrative);
    }

    private static MockHttpServletRequestBuilder score(PortalUser evaluator, long entry, String criterion,
                                                       String score, String comment) {
        return post("/admin/kompetisi/peserta/" + entry + "/nilai").with(csrf()).with(user(evaluator))
                .param("criterion", criterion).param("score", score).param("comment", comment);
    }

    private static org.springframework.test.web.servlet.RequestBuilder evidence(PortalUser admin, long entry, String criterion, String name,
                                                          byte[] content) {
        return multipart("/admin/kompetisi/peserta/" + entry + "/bukti")
                .file(new MockMultipartFile("file", name, "application/pdf", content)).with(csrf()).with(user(admin))
                .param("criterion", criterion);
    }

    private Document page(org.springframework.test.web.servlet.RequestBuilder request, int expected) throws Exception {
        return Jsoup.parse(mvc.perform(request).andExpect(status().is(expected)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    }
}
