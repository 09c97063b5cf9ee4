package id.sp4n.portal.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;

import id.sp4n.portal.complaint.CaseAction;
import id.sp4n.portal.complaint.ComplaintActedOn;
import id.sp4n.portal.complaint.ComplaintFacts;
import id.sp4n.portal.complaint.ComplaintRouted;
import id.sp4n.portal.complaint.ComplaintStatus;
import id.sp4n.portal.complaint.ComplaintSubmitted;
import id.sp4n.portal.complaint.IntakeChannel;
import id.sp4n.portal.complaint.ReportType;
import id.sp4n.portal.identity.Role;
import id.sp4n.portal.support.PortalTest;
import id.sp4n.portal.support.StaffMother;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The staff dashboard for June 2023 (no other test files then) in Bontang, whose complaints no other test touches:
 * one public complaint in progress at the education office, one confidential one waiting for verification at the
 * city government, one public completed one at the city government. Who sees what, and that confidential ones count
 * here but never on the public page.
 */
@PortalTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StaffStatisticsTest {

    private static final String CITY = "pemda-64.74";
    private static final String EDUCATION = CITY + "/DISDIK";
    private static final String JUNE = "dari=2023-06-01&sampai=2023-06-30";

    @Autowired
    ComplaintRecords records;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    StaffMother staffMother;

    @BeforeAll
    void fileTheFixture() {
        file("STAF00000001", EDUCATION, false, 5);
        file("STAF00000002", CITY, true, 6);
        file("STAF00000003", CITY, false, 7);
        apply(new ComplaintActedOn(CaseAction.VERIFY, facts("STAF00000001", EDUCATION,
                ComplaintStatus.IN_PROGRESS, false, 5), EDUCATION, ComplaintStatus.SUBMITTED, null,
                Instant.parse("2023-06-06T03:00:00Z")));
        apply(new ComplaintActedOn(CaseAction.ARCHIVE, facts("STAF00000003", CITY, ComplaintStatus.ARCHIVED,
                false, 7), CITY, ComplaintStatus.SUBMITTED, null, Instant.parse("2023-06-08T03:00:00Z")));
    }

    private void file(String number, String holder, boolean confidential, int day) {
        Instant at = Instant.parse(String.format("2023-06-%02dT03:00:00Z", day));
        apply(new ComplaintSubmitted(number, ReportType.PENGADUAN, "PENDIDIKAN-DASAR", "64", "64.74", CITY,
                null, IntakeChannel.WEB, confidential, at));
        apply(new ComplaintRouted(number, CITY, holder, holder.equals(CITY) ? 0 : 1, at.plusSeconds(1), null));
    }

    private static ComplaintFacts facts(String number, String holder, ComplaintStatus status, boolean confidential,
                                        int day) {
        return new ComplaintFacts(number, ReportType.PENGADUAN, "PENDIDIKAN-DASAR", "64", "64.74", CITY,
                IntakeChannel.WEB, holder, status, false, confidential,
                status == ComplaintStatus.ARCHIVED ? "NOT_PUBLIC_SERVICE" : null,
                Instant.parse(String.format("2023-06-%02dT03:00:00Z", day)), 1, 0, 0, null, null);
    }

    private Document dashboard(UserDetails staff, String query) throws Exception {
        return Jsoup.parse(mvc.perform(get("/admin/statistik?" + query).with(user(staff)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    private static String received(Document page) {
        return page.selectFirst("[data-figure=received] td").text();
    }

    @Test
    void shouldShowAnAgencyAdminTheWholeSubtreeWithConfidentialComplaintsAndWhatIsOwed() throws Exception {
        UserDetails admin = staffMother.staff("dasbor.admin.bontang@sp4n.test", Role.AGENCY_ADMIN, CITY);
        Document page = dashboard(admin, JUNE);
        assertThat(received(page)).isEqualTo("3");
        Element city = page.selectFirst("[data-holder=\"" + CITY + "\"]");
        assertThat(city.select("td").eachText()).startsWith("1", "1", "0", "0", "0");
        Element education = page.selectFirst("[data-holder=\"" + EDUCATION + "\"]");
        assertThat(education.select("td").eachText()).startsWith("1", "0", "1", "0", "0");
        assertThat(page.select("[data-statistics=oldest] tbody a").eachAttr("href"))
                .containsExactly("/petugas/laporan/STAF00000001", "/petugas/laporan/STAF00000002");
        assertThat(page.select("[data-statistics=below] a").eachAttr("href"))
                .contains("/admin/statistik?instansi=pemda-64.74/DISDIK&dari=2023-06-01&sampai=2023-06-30");
        assertThat(received(dashboard(admin, "instansi=" + EDUCATION + "&" + JUNE))).isEqualTo("1");
    }

    @Test
    void shouldShowAnOfficerTheirOwnAgencyAlone() throws Exception {
        UserDetails officer = staffMother.staff("dasbor.petugas.bontang@sp4n.test", Role.OFFICER, CITY);
        Document page = dashboard(officer, JUNE);
        assertThat(received(page)).as("the city's own two, not its office's").isEqualTo("2");
        assertThat(page.select("[data-statistics=load] tbody tr")).hasSize(1);
        assertThat(page.select("[data-statistics=below]")).isEmpty();
    }

    @Test
    void shouldRefuseAnAgencyOutsideWhatOneMaySee() throws Exception {
        UserDetails officer = staffMother.staff("dasbor.petugas2.bontang@sp4n.test", Role.OFFICER, CITY);
        UserDetails admin = staffMother.staff("dasbor.admin2.bontang@sp4n.test", Role.AGENCY_ADMIN, CITY);
        mvc.perform(get("/admin/statistik?instansi=" + EDUCATION).with(user(officer))).andExpect(status().isNotFound());
        mvc.perform(get("/admin/statistik?instansi=pemda-32").with(user(admin))).andExpect(status().isNotFound());
        mvc.perform(get("/admin/statistik?dari=kemarin").with(user(admin))).andExpect(status().isBadRequest());
        mvc.perform(get("/admin/statistik")).andExpect(status().is3xxRedirection());
    }

    @Test
    void shouldLetOversightLookAnywhereWhileThePublicNeverSeesConfidentialOnes() throws Exception {
        UserDetails ombudsman = staffMother.staff("dasbor.ombudsman@sp4n.test", Role.OVERSIGHT, "kemenpanrb");
        assertThat(received(dashboard(ombudsman, "instansi=" + CITY + "&" + JUNE))).isEqualTo("3");
        Document open = Jsoup.parse(mvc.perform(get("/statistik/instansi/" + CITY + "?" + JUNE))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(received(open)).isEqualTo("2");
        assertThat(open.select("[data-statistics=oldest]")).as("no backlog list in public").isEmpty();
        assertThat(open.select("[data-statistics=archive-reason] tbody tr")).extracting(Element::text)
                .containsExactly("Bukan masalah pelayanan publik 1");
        assertThat(open.select("[data-statistics=escalation-level] tbody tr")).extracting(Element::text)
                .containsExactly("Tidak ada");
    }

    @Test
    void shouldListTheComplaintsBehindAFigureConfidentialOnesIncludedLinkedToTheirCases() throws Exception {
        UserDetails admin = staffMother.staff("dasbor.admin3.bontang@sp4n.test", Role.AGENCY_ADMIN, CITY);
        Document page = dashboard(admin, JUNE);
        String link = page.selectFirst("[data-figure=received] a[data-figure-list]").attr("href");
        assertThat(link).isEqualTo("/admin/statistik/laporan?instansi=pemda-64.74&dari=2023-06-01&sampai=2023-06-30"
                + "&ukuran=received");
        Document list = Jsoup.parse(mvc.perform(get(link).with(user(admin))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString());
        assertThat(list.select("[data-statistics=complaints] tbody th a").eachAttr("href")).containsExactly(
                "/petugas/laporan/STAF00000001", "/petugas/laporan/STAF00000002", "/petugas/laporan/STAF00000003");
        UserDetails officer = staffMother.staff("dasbor.petugas3.bontang@sp4n.test", Role.OFFICER, CITY);
        mvc.perform(get("/admin/statistik/laporan?instansi=pemda-32&ukuran=received").with(user(officer)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/admin/statistik/laporan?ukuran=received")).andExpect(status().is3xxRedirection());
    }

    /** Applies a fixture event as the live batch does: to the record and the roll-up together. */
    private void apply(Object event) {
        records.applyAll(List.of(event));
    }
}
