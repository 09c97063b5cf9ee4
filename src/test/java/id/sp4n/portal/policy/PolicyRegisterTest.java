package id.sp4n.portal.policy;

import static id.sp4n.portal.support.ComplaintFormMother.aComplaint;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;

import id.sp4n.portal.complaint.PublicComplaintDigests;
import id.sp4n.portal.identity.Role;
import id.sp4n.portal.support.MutableClock;
import id.sp4n.portal.support.PortalTest;
import id.sp4n.portal.support.StaffMother;
import id.sp4n.portal.support.TestClock;
import id.sp4n.portal.support.TestMail;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Keeping the register through its pages: an agency admin opens an entry citing public complaints (their reporters
 * are told), edits it to done (told again), and is refused — with the form as typed and nothing kept — for every
 * bad field, a confidential complaint, another agency's entry and a stale form.
 */
@PortalTest
@Import(TestClock.class)
class PolicyRegisterTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    StaffMother staff;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MutableClock clock;

    @Autowired
    PublicComplaintDigests complaints;

    private UserDetails bandungAdmin;

    @BeforeEach
    void now() {
        clock.set(Instant.now());
        bandungAdmin = staff.staff("kebijakan.bandung@sp4n.test", Role.AGENCY_ADMIN, "pemda-32.73");
    }

    @Test
    void shouldOpenAnEntryCitingPublicComplaintsTellTheirReportersAndTellThemAgainWhenDone() throws Exception {
        String email = "pelapor-" + UUID.randomUUID() + "@example.id";
        String first = file(email, false);
        String second = file(email, false);

        String location = mvc.perform(open(first + ", " + second.substring(0, 4) + "-" + second.substring(4, 8) + "-"
                        + second.substring(8).toLowerCase()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.replaceAll(".*/kebijakan/(\\d+).*", "$1"));

        Document entry = page(get("/kebijakan/" + id));
        assertThat(entry.select("[data-linked] [data-number]").eachAttr("data-number"))
                .containsExactlyInAnyOrder(first, second);
        assertThat(entry.select("[data-effect]").attr("data-verdict")).isEqualTo("NOT_DONE");
        assertThat(entry.text()).doesNotContain(email).doesNotContain("Siti Rahmawati");
        List<MimeMessage> told = awaitSubject(email, "dirujuk", 2);
        assertThat(told).hasSize(2);
        assertThat(TestMail.firstLink(told.get(0))).endsWith("/kebijakan/" + id);

        long version = jdbc.sql("select version from policy_follow_up where id = ?").param(id).query(Long.class).single();
        mvc.perform(edit(id, version, "DONE", clock.instant().toString().substring(0, 10)))
                .andExpect(status().is3xxRedirection());
        assertThat(awaitSubject(email, "dilaksanakan", 2)).hasSize(2);
        assertThat(jdbc.sql("select count(*) from audit_log where object_type = 'policy_follow_up' and object_id = ?")
                .param(String.valueOf(id)).query(Long.class).single()).isEqualTo(3);

        mvc.perform(edit(id, version, "DONE", clock.instant().toString().substring(0, 10)))
                .andExpect(status().isConflict());
    }

    @Test
    void shouldCiteNothingWhenOneOfTheComplaintsIsConfidential() throws Exception {
        String open = file("a-" + UUID.randomUUID() + "@example.id", false);
        String secret = file("b-" + UUID.randomUUID() + "@example.id", true);
        long before = entries();

        Document refused = page(open(open + " " + secret), 400);

        assertThat(refused.select("[data-refusal]").text()).contains(secret).doesNotContain(open + ",");
        assertThat(refused.select("#policy-nomor").text()).contains(secret);
        assertThat(refused.select("#policy-title").val()).isEqualTo("Ruang kelas bocor setiap hujan");
        assertThat(entries()).as("nothing of the entry was kept either").isEqualTo(before);

        long id = Long.parseLong(mvc.perform(open("")).andReturn().getResponse().getRedirectedUrl()
                .replaceAll(".*/kebijakan/(\\d+).*", "$1"));
        page(post("/admin/kebijakan/" + id + "/tautkan").with(csrf()).with(user(bandungAdmin)).param("nomor", secret), 400);
        page(post("/admin/kebijakan/" + id + "/tautkan").with(csrf()).with(user(bandungAdmin)).param("nomor", "  "), 400);
        assertThat(page(get("/kebijakan/" + id)).select("[data-linked] [data-number]")).isEmpty();
    }

    @Test
    void shouldRefuseEveryBadFieldWithTheFormAsTyped() throws Exception {
        long before = entries();
        record Case(String field, String value, String message) {
        }
        for (Case bad : List.of(new Case("title", " ", "Isi judul"),
                new Case("agencyCode", "pemda-32.71", "bukan instansi Anda"),
                new Case("agencyCode", "tidak-ada", "bukan instansi Anda"),
                new Case("categoryCode", "BUKAN-KATEGORI", "Pilih kategori"),
                new Case("regionCode", "99.99", "bukan kode provinsi"),
                new Case("rootCause", "x".repeat(2001), "Isi akar masalah"),
                new Case("actionKind", "DOA", "Pilih jenis tindakan"),
                new Case("owner", "", "Isi penanggung jawab"),
                new Case("status", "SELESAI-SAJA", "Pilih status"),
                new Case("plannedOn", "31-12-2026", "tidak dapat dibaca"),
                new Case("plannedOn", "", "Isi tanggal rencana"),
                new Case("doneOn", "2026-01-05", "hanya diisi bila statusnya Selesai"),
                new Case("doneOn", "2999-01-01", "hanya diisi bila statusnya Selesai"))) {
            Document refused = page(open("", java.util.Map.of(bad.field(), bad.value())), 400);
            assertThat(refused.select("[data-refusal]").text()).as(bad.field()).contains(bad.message());
            assertThat(refused.select("#policy-action").text()).isEqualTo("Anggaran pemeliharaan dinaikkan");
        }
        Document future = page(open("", java.util.Map.of("status", "DONE", "doneOn", "2999-01-01")), 400);
        assertThat(future.select("[data-refused-here]").text()).contains("masa depan");
        Document missing = page(open("", java.util.Map.of("status", "DONE")), 400);
        assertThat(missing.select("[data-refused-here]").text()).contains("perlu tanggal selesai");
        assertThat(entries()).isEqualTo(before);
    }

    @Test
    void shouldLetOnlyTheAgencysAdminsAndTheNationalAdminKeepItsEntries() throws Exception {
        long id = Long.parseLong(mvc.perform(open("")).andReturn().getResponse().getRedirectedUrl()
                .replaceAll(".*/kebijakan/(\\d+).*", "$1"));
        UserDetails bogorAdmin = staff.staff("kebijakan.bogor@sp4n.test", Role.AGENCY_ADMIN, "pemda-32.71");
        UserDetails officer = staff.staff("kebijakan.petugas@sp4n.test", Role.OFFICER, "pemda-32.73");
        UserDetails national = staff.staff("kebijakan.nasional@sp4n.test", Role.NATIONAL_ADMIN, "kemenpanrb");

        mvc.perform(get("/admin/kebijakan/" + id + "/ubah").with(user(bogorAdmin))).andExpect(status().isForbidden());
        mvc.perform(edit(id, 0, "PLANNED", "").with(user(bogorAdmin))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/kebijakan/baru").with(user(officer))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/kebijakan/baru")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/admin/kebijakan/" + id + "/ubah").with(user(national))).andExpect(status().isOk());
        assertThat(page(get("/kebijakan/" + id).with(user(bandungAdmin))).select("a[href$=/ubah]")).hasSize(1);
        assertThat(page(get("/kebijakan/" + id).with(user(bogorAdmin))).select("a[href$=/ubah]")).isEmpty();
        page(get("/kebijakan/abc"), 400);
        page(get("/kebijakan/999999999"), 404);
        page(get("/kebijakan/masalah-berulang/BUKAN/32.73"), 404);
        page(get("/kebijakan/masalah-berulang/PENDIDIKAN-DASAR/32.73"), 200);
        page(get("/kebijakan/masalah-berulang"), 200);
        page(get("/kebijakan/metode"), 200);
        assertThat(page(get("/kebijakan")).select("[data-entry=" + id + "]")).hasSize(1);
    }

    @Test
    void shouldGroupPublicComplaintsWithAlikeTitlesWhoeverHoldsThem() throws Exception {
        Instant from = clock.instant();
        List<String> alike = List.of(fileInBanjar("Atap ruang kelas SD Negeri 3 bocor", false),
                fileInBanjar("Atap ruang kelas SD Negeri 5 bocor", false),
                fileInBanjar("Atap ruang kelas SD Negeri 7 bocor parah", false));
        fileInBanjar("Guru sering tidak hadir mengajar", false);
        fileInBanjar("Atap ruang kelas SD Negeri 9 bocor", true);

        List<List<PublicComplaintDigests.Digest>> groups = complaints.sameProblem("PENDIDIKAN-DASAR", "32.79", from,
                clock.instant().plusSeconds(1), 3);

        assertThat(groups).hasSize(1);
        assertThat(groups.get(0)).extracting(PublicComplaintDigests.Digest::trackingNumber)
                .containsExactlyInAnyOrderElementsOf(alike);
        assertThat(complaints.sameProblem("PENDIDIKAN-DASAR", "32.79", from, clock.instant().plusSeconds(1), 4))
                .isEmpty();
        assertThat(complaints.search("PENDIDIKAN-DASAR", "32.79", from, clock.instant().plusSeconds(1), "guru", 10))
                .hasSize(1);
    }

    private String fileInBanjar(String title, boolean confidential) throws Exception {
        String redirect = mvc.perform(aComplaint().with("email", "banjar-" + UUID.randomUUID() + "@example.id")
                        .with("title", title).with("provinceCode", "32").with("regencyCode", "32.79")
                        .with("confidential", String.valueOf(confidential)).postTo("/lapor"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        return redirect.replaceAll(".*nomor=([^&]+).*", "$1");
    }

    private MockHttpServletRequestBuilder open(String numbers) {
        return open(numbers, java.util.Map.of());
    }

    /** The form of a sound entry, with {@code changed} fields typed otherwise. */
    private MockHttpServletRequestBuilder open(String numbers, java.util.Map<String, String> changed) {
        java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
        fields.put("agencyCode", "pemda-32.73");
        fields.put("title", "Ruang kelas bocor setiap hujan");
        fields.put("categoryCode", "PENDIDIKAN-DASAR");
        fields.put("regionCode", "32.73");
        fields.put("rootCause", "Anggaran pemeliharaan sekolah tidak mencukupi");
        fields.put("actionKind", "BUDGET");
        fields.put("action", "Anggaran pemeliharaan dinaikkan");
        fields.put("owner", "Dinas Pendidikan Kota Bandung");
        fields.put("status", "PLANNED");
        fields.put("plannedOn", "2026-12-15");
        fields.put("doneOn", "");
        fields.put("nomor", numbers);
        fields.putAll(changed);
        MockHttpServletRequestBuilder request = post("/admin/kebijakan/baru").with(csrf()).with(user(bandungAdmin));
        fields.forEach(request::param);
        return request;
    }

    private MockHttpServletRequestBuilder edit(long id, long version, String status, String doneOn) {
        return post("/admin/kebijakan/" + id + "/ubah").with(csrf()).with(user(bandungAdmin))
                .param("version", String.valueOf(version))
                .param("agencyCode", "pemda-32.73").param("title", "Ruang kelas bocor setiap hujan")
                .param("categoryCode", "PENDIDIKAN-DASAR").param("regionCode", "32.73")
                .param("rootCause", "Anggaran pemeliharaan sekolah tidak mencukupi")
                .param("actionKind", "BUDGET").param("action", "Anggaran pemeliharaan dinaikkan")
                .param("owner", "Dinas Pendidikan Kota Bandung").param("status", status)
                .param("plannedOn", "2026-12-15").param("doneOn", doneOn);
    }

    private String file(String email, boolean confidential) throws Exception {
        String redirect = mvc.perform(aComplaint().with("email", email).with("confidential", String.valueOf(confidential))
                .postTo("/lapor")).andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        return redirect.replaceAll(".*nomor=([^&]+).*", "$1");
    }

    private long entries() {
        return jdbc.sql("select count(*) from policy_follow_up").query(Long.class).single();
    }

    private Document page(MockHttpServletRequestBuilder request) throws Exception {
        return page(request, 200);
    }

    private Document page(MockHttpServletRequestBuilder request, int expected) throws Exception {
        String html = mvc.perform(request).andExpect(status().is(expected)).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        return Jsoup.parse(html);
    }

    private static List<MimeMessage> awaitSubject(String email, String word, int count) {
        return org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).until(() ->
                TestMail.to(email).stream().filter(mail -> subject(mail).contains(word)).toList(),
                mails -> mails.size() >= count);
    }

    private static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
