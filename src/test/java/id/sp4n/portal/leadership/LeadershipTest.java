package id.sp4n.portal.leadership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import jakarta.mail.internet.MimeMessage;

import id.sp4n.portal.identity.PortalUser;
import id.sp4n.portal.identity.Role;
import id.sp4n.portal.support.MutableClock;
import id.sp4n.portal.support.PortalTest;
import id.sp4n.portal.support.StaffMother;
import id.sp4n.portal.support.TestClock;
import id.sp4n.portal.support.TestMail;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * June 2015 (no other test issues summaries then): Bandung's and Bogor's heads are named through the staff page, the
 * June summaries go out on 2 July, Bandung's head is told by mail, reads and acknowledges the summary and had acted
 * in the portal in June; Bogor's head did neither. Involvement: Bandung 1 issued, 1 acknowledged, 1 active = 2 of 2
 * points; Bogor 0 of 2. Only the head it was sent to may acknowledge it, once.
 */
@PortalTest
@Import(TestClock.class)
class LeadershipTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    StaffMother staff;

    @Autowired
    LeadershipSummaries summaries;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MutableClock clock;

    @Test
    void shouldSendEachHeadTheMonthsSummaryAndCountTheirAcknowledgementAndTheirOwnActions() throws Exception {
        clock.set(Instant.parse("2015-06-15T03:00:00Z"));
        PortalUser national = (PortalUser) staff.staff("pimpinan.nasional@sp4n.test", Role.NATIONAL_ADMIN, "kemenpanrb");
        PortalUser bandungHead = (PortalUser) staff.staff("wali.kota.bandung@sp4n.test", Role.AGENCY_ADMIN,
                "pemda-32.73", "Wali Kota Bandung");
        PortalUser formerHead = (PortalUser) staff.staff("sekda.bandung@sp4n.test", Role.AGENCY_ADMIN, "pemda-32.73");
        PortalUser bogorHead = (PortalUser) staff.staff("wali.kota.bogor@sp4n.test", Role.AGENCY_ADMIN, "pemda-32.71");
        PortalUser officer = (PortalUser) staff.staff("petugas.pimpinan@sp4n.test", Role.OFFICER, "pemda-32.73");
        mvc.perform(head(national, formerHead, "pemda-32.73", true)).andExpect(status().is3xxRedirection());
        mvc.perform(head(national, bandungHead, "pemda-32.73", true)).andExpect(status().is3xxRedirection());
        mvc.perform(head(national, bogorHead, "pemda-32.71", true)).andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select email from account where agency_code = 'pemda-32.73' and agency_head")
                .query(String.class).list()).as("one head per agency").containsExactly("wali.kota.bandung@sp4n.test");
        mvc.perform(head(bogorHead, bandungHead, "pemda-32.73", false)).andExpect(status().isForbidden());
        // The head's own action in June: changing an officer's role (audited).
        mvc.perform(post("/admin/petugas/" + officer.accountId() + "/peran").with(csrf()).with(user(bandungHead))
                .param("agency", "pemda-32.73").param("role", "OFFICER")).andExpect(status().is3xxRedirection());

        clock.set(Instant.parse("2015-07-02T00:00:00Z"));
        assertThat(summaries.due()).isEqualTo(YearMonth.of(2015, 6));
        int issued = summaries.issue(summaries.due());
        assertThat(summaries.issue(summaries.due())).as("once per agency and month").isZero();
        assertThat(issued).isGreaterThanOrEqualTo(2);
        Summary bandung = summaries.of(bandungHead.accountId()).getFirst();
        assertThat(bandung.month()).isEqualTo(YearMonth.of(2015, 6));
        assertThat(summaries.of(formerHead.accountId())).isEmpty();

        List<MimeMessage> mail = TestMail.awaitTo("wali.kota.bandung@sp4n.test", 1);
        assertThat(mail.getFirst().getSubject()).isEqualTo("Ringkasan bulanan Juni 2015 untuk Pemerintah Kota Bandung");
        assertThat(TestMail.firstLink(mail.getFirst())).endsWith("/pimpinan/ringkasan/" + bandung.id());

        Document page = page(get("/pimpinan/ringkasan/" + bandung.id()).with(user(bandungHead)), 200);
        assertThat(page.select("[data-figure=received]")).hasSize(1);
        assertThat(page.select("form[action$=/terima]")).hasSize(1);
        assertThat(page(get("/pimpinan").with(user(bandungHead)), 200).select("[data-summary]")).hasSize(1);
        page(get("/pimpinan/ringkasan/" + bandung.id()).with(user(officer)), 403);
        Document oversight = page(get("/pimpinan/ringkasan/" + bandung.id())
                .with(user(staff.staff("pimpinan.ombudsman@sp4n.test", Role.OVERSIGHT, "ombudsman"))), 200);
        assertThat(oversight.select("form[action$=/terima]")).isEmpty();
        page(post("/pimpinan/ringkasan/" + bandung.id() + "/terima").with(csrf()).with(user(bogorHead)), 403);
        page(get("/pimpinan/ringkasan/999999999").with(user(bandungHead)), 404);
        page(get("/pimpinan/ringkasan/abc").with(user(bandungHead)), 400);

        mvc.perform(post("/pimpinan/ringkasan/" + bandung.id() + "/terima").with(csrf()).with(user(bandungHead)))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/pimpinan/ringkasan/" + bandung.id() + "/terima").with(csrf()).with(user(bandungHead)))
                .andExpect(status().is3xxRedirection());
        assertThat(summaries.get(bandung.id()).acknowledged()).isTrue();
        assertThat(jdbc.sql("select count(*) from audit_log where action = 'LEADERSHIP_ACKNOWLEDGE' and object_id = ?")
                .param(String.valueOf(bandung.id())).query(Long.class).single()).isEqualTo(1);

        Map<String, LeadershipSummaries.Involvement> june = summaries.involvement(YearMonth.of(2015, 6),
                YearMonth.of(2015, 6));
        assertThat(june.get("pemda-32.73")).isEqualTo(new LeadershipSummaries.Involvement(1, 1, 1));
        assertThat(june.get("pemda-32.71")).isEqualTo(new LeadershipSummaries.Involvement(1, 0, 0));
    }

    private static MockHttpServletRequestBuilder head(PortalUser admin, PortalUser account, String agency, boolean head) {
        return post("/admin/petugas/" + account.accountId() + "/pimpinan").with(csrf()).with(user(admin))
                .param("agency", agency).param("head", String.valueOf(head));
    }

    private Document page(MockHttpServletRequestBuilder request, int expected) throws Exception {
        return Jsoup.parse(mvc.perform(request).andExpect(status().is(expected)).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
    }
}
