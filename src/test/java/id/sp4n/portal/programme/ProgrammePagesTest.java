package id.sp4n.portal.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import id.sp4n.portal.complaint.CaseAction;
import id.sp4n.portal.complaint.ComplaintActedOn;
import id.sp4n.portal.complaint.ComplaintFacts;
import id.sp4n.portal.complaint.ComplaintRouted;
import id.sp4n.portal.complaint.ComplaintStatus;
import id.sp4n.portal.complaint.ComplaintSubmitted;
import id.sp4n.portal.complaint.IntakeChannel;
import id.sp4n.portal.complaint.ReportType;
import id.sp4n.portal.complaint.handling.Staff;
import id.sp4n.portal.identity.Role;
import id.sp4n.portal.statistics.ComplaintTags;
import id.sp4n.portal.statistics.StatisticsHistory;
import id.sp4n.portal.support.PortalTest;
import id.sp4n.portal.support.StaffMother;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A programme's pages against a fixture worked out by hand: in March 2016 (no other test files then) 12 public
 * complaints tagged for "uji-2016" — 8 about Kota Bandung, 4 about Kota Bogor, 9 of them verified (followed up) — and
 * 2 confidential ones; 3 public complaints not tagged and 1 tagged in May. The public page counts 12 received, 9 ÷ 12
 * = 75.0 % followed up, Jawa Barat 12, and lists the 13 public ones still open (none was responded to), whenever
 * filed; the KSP view counts 14 and lists 15 open, the confidential ones marked. The national admin's form refuses every bad field with what was typed.
 */
@PortalTest
class ProgrammePagesTest {

    private static final String TAG = "programme:uji-2016";
    private static final Instant MARCH = Instant.parse("2016-03-07T03:00:00Z");

    @Autowired
    MockMvc mvc;

    @Autowired
    StatisticsHistory history;

    @Autowired
    ComplaintTags tags;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    StaffMother staff;

    private UserDetails national;
    private int filed;

    @BeforeEach
    void fixtureOnce() throws Exception {
        national = staff.staff("program.nasional@sp4n.test", Role.NATIONAL_ADMIN, "kemenpanrb");
        if (jdbc.sql("select count(*) from programme where code = 'uji-2016'").query(Long.class).single() > 0) {
            return;
        }
        mvc.perform(create(Map.of())).andExpect(status().is3xxRedirection());
        List<Object> events = new ArrayList<>();
        List<String> tagged = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            tagged.add(complaint(events, i < 8 ? "32.73" : "32.71", false, MARCH, i < 9));
        }
        tagged.add(complaint(events, "32.73", true, MARCH, false));
        tagged.add(complaint(events, "32.73", true, MARCH, false));
        for (int i = 0; i < 3; i++) {
            complaint(events, "32.73", false, MARCH, true);
        }
        tagged.add(complaint(events, "32.73", false, Instant.parse("2016-05-02T03:00:00Z"), true));
        history.record(events);
        tagged.forEach(number -> tags.tag(TAG, number, ComplaintTags.Source.INTAKE, MARCH));
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql("""
                select count(*) from stat_complaint where tracking_number like 'PRG%' and submitted_at is not null
                   and (status = 'SUBMITTED' or first_follow_up_at is not null)""").query(Long.class).single() == 18);
    }

    private String complaint(List<Object> events, String regency, boolean confidential, Instant at, boolean verified) {
        String number = String.format("PRG%09d", ++filed);
        String holder = "pemda-" + regency;
        events.add(new ComplaintSubmitted(number, ReportType.PENGADUAN, "STUNTING", "32", regency, holder, null,
                IntakeChannel.WEB, confidential, at));
        events.add(new ComplaintRouted(number, holder, holder, 0, at.plusSeconds(1), null));
        if (verified) {
            events.add(new ComplaintActedOn(CaseAction.VERIFY, new ComplaintFacts(number, ReportType.PENGADUAN,
                    "STUNTING", "32", regency, holder, IntakeChannel.WEB, holder, ComplaintStatus.IN_PROGRESS, false,
                    confidential, null, at, 1, 0, 0, null, null), holder, ComplaintStatus.SUBMITTED,
                    Staff.Scope.AGENCY, at.plusSeconds(86_400)));
        }
        return number;
    }

    @Test
    void shouldCountOnlyThePublicComplaintsOfTheProgrammeInThePeriod() throws Exception {
        Document page = page(get("/program/uji-2016").param("dari", "2016-03-01").param("sampai", "2016-03-31"), 200);

        assertThat(page.select("[data-figure=received] td").first().text()).isEqualTo("12");
        assertThat(page.select("[data-figure=followUpRate] td").first().text()).isEqualTo("75,0 %");
        assertThat(page.select("[data-statistics=province] [data-province=32] td").eachText())
                .containsExactly("12", "9");
        assertThat(page.select("[data-open] [data-number]")).as("open now, whenever filed").hasSize(13);
        assertThat(page.select("[data-open] .badge")).as("no confidential one").isEmpty();
        assertThat(page.select("[data-door]")).as("no door of its own").isEmpty();
    }

    @Test
    void shouldShowKspTheConfidentialOnesWithTheirCases() throws Exception {
        UserDetails ksp = staff.staff("program.ksp@sp4n.test", Role.OVERSIGHT, "ksp");
        Document desk = page(get("/admin/program/uji-2016").param("dari", "2016-03-01").param("sampai", "2016-03-31")
                .with(user(ksp)), 200);

        assertThat(desk.select("[data-figure=received] td").first().text()).isEqualTo("14");
        assertThat(desk.select("[data-open] [data-number]")).hasSize(15);
        assertThat(desk.select("[data-open] a[href^=/petugas/laporan/]")).hasSize(15);
        assertThat(desk.select("[data-open] .badge")).hasSize(2);
        mvc.perform(get("/admin/program/baru").with(user(ksp))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/program/uji-2016")
                .with(user(staff.staff("program.petugas@sp4n.test", Role.OFFICER, "pemda-32.73"))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/program/uji-2016")).andExpect(status().is3xxRedirection());
    }

    @Test
    void shouldShowTheDoorOfAProgrammeThatHasOne() throws Exception {
        Document stunting = page(get("/program/stunting"), 200);
        assertThat(stunting.select("[data-door]").attr("href")).isEqualTo("/lapor?program=stunting");
        assertThat(page(get("/program"), 200).select("[data-programme]").eachAttr("data-programme"))
                .contains("stunting", "makan-bergizi-gratis", "bansos", "uji-2016");
        page(get("/program/tidak-ada"), 404);
        page(get("/program/stunting").param("dari", "kemarin"), 400);
        page(get("/program/stunting").param("dari", "2026-02-01").param("sampai", "2026-01-01"), 400);
        page(get("/program/metode"), 200);
    }

    @Test
    void shouldRefuseEveryBadFieldWithTheFormAsTypedAndAStaleOne() throws Exception {
        long before = jdbc.sql("select count(*) from programme").query(Long.class).single();
        record Case(String field, String value, String message) {
        }
        for (Case bad : List.of(new Case("code", "Uji Besar", "huruf kecil"),
                new Case("code", "stunting", "sudah dipakai"),
                new Case("name", " ", "Isi nama"),
                new Case("summary", "", "Isi ringkasan"),
                new Case("categoryCodes", "BUKAN-KATEGORI", "bukan kode kategori"),
                new Case("keywords", "<b>", "hanya boleh berisi"),
                new Case("startsOn", "", "Isi tanggal mulai"),
                new Case("startsOn", "1 Maret", "tidak dapat dibaca"),
                new Case("endsOn", "2015-01-01", "tidak boleh sebelum"))) {
            Document refused = page(create(Map.of(bad.field(), bad.value())), 400);
            assertThat(refused.select("[data-refusal]").text()).as(bad.field()).contains(bad.message());
            assertThat(refused.select("#programme-summary").text()).isEqualTo(bad.field().equals("summary") ? ""
                    : "Program uji untuk angka bulan Maret 2016.");
        }
        page(create(Map.of("categoryCodes", "", "keywords", "")), 400);
        assertThat(jdbc.sql("select count(*) from programme").query(Long.class).single()).isEqualTo(before);

        mvc.perform(post("/admin/program/uji-2016/ubah").with(csrf()).with(user(national)).param("version", "999")
                        .param("name", "Uji").param("summary", "Uji").param("categoryCodes", "STUNTING")
                        .param("startsOn", "2016-01-01"))
                .andExpect(status().isConflict());
        page(get("/admin/program/uji-2016/ubah").with(user(national)), 200);
        assertThat(jdbc.sql("select count(*) from audit_log where object_type = 'programme' and object_id = 'uji-2016'")
                .query(Long.class).single()).isEqualTo(1);
    }

    private MockHttpServletRequestBuilder create(Map<String, String> changed) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("code", "uji-2016");
        fields.put("name", "Program uji 2016");
        fields.put("nameEn", "Test programme 2016");
        fields.put("summary", "Program uji untuk angka bulan Maret 2016.");
        fields.put("categoryCodes", "MAKAN-BERGIZI");
        fields.put("keywords", "uji program");
        fields.put("startsOn", "2016-01-01");
        fields.put("endsOn", "2016-12-31");
        fields.putAll(changed);
        MockHttpServletRequestBuilder request = post("/admin/program/baru").with(csrf()).with(user(national));
        fields.forEach(request::param);
        return request;
    }

    private Document page(MockHttpServletRequestBuilder request, int expected) throws Exception {
        return Jsoup.parse(mvc.perform(request).andExpect(status().is(expected)).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
    }
}
