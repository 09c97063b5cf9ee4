package id.sp4n.portal.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import id.sp4n.portal.agency.AgencyHierarchy;
import id.sp4n.portal.complaint.CaseAction;
import id.sp4n.portal.complaint.ComplaintActedOn;
import id.sp4n.portal.complaint.ComplaintFacts;
import id.sp4n.portal.complaint.ComplaintRouted;
import id.sp4n.portal.complaint.ComplaintStatus;
import id.sp4n.portal.complaint.ComplaintSubmitted;
import id.sp4n.portal.complaint.IntakeChannel;
import id.sp4n.portal.complaint.ReportType;
import id.sp4n.portal.complaint.RunningLimit;
import id.sp4n.portal.identity.PortalUser;
import id.sp4n.portal.identity.Role;
import id.sp4n.portal.statistics.Backlog.Standing;
import id.sp4n.portal.support.MutableClock;
import id.sp4n.portal.support.PortalTest;
import id.sp4n.portal.support.StaffMother;
import id.sp4n.portal.support.TestClock;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The backlog judged against each complaint's own running limit, in the holder's calendar (Jayapura, WIT), on
 * Wednesday 14 June 2023 at noon WIT — hand-counted: the first day of a clock is not counted, so a limit started on
 * Monday 12 June and due Thursday 15 June (3 working days) has used 2 of 3 (67 %): within; one started Friday 9 June
 * and due today has used 3 of 3: approaching, still in time; one due 8 June is breached; one on hold runs no limit;
 * a completed one is not owed at all.
 */
@PortalTest
@Import(TestClock.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BacklogTest {

    private static final String CITY = "pemda-91.71";

    @Autowired
    ComplaintRecords records;

    @Autowired
    Backlog backlog;

    @Autowired
    MutableClock clock;

    @Autowired
    StaffMother staffMother;

    @Autowired
    AgencyHierarchy agencies;

    @Autowired
    MockMvc mvc;

    private PortalUser officer;

    @BeforeAll
    void fileTheFixture() {
        assertThat(agencies.tree().contains(CITY)).isTrue();
        officer = (PortalUser) staffMother.staff("beban.petugas.jayapura@sp4n.test", Role.OFFICER, CITY);
        open("BKLG00000001", ComplaintStatus.SUBMITTED, limit("2023-06-12", "2023-06-15"), null);
        open("BKLG00000002", ComplaintStatus.SUBMITTED, limit("2023-06-09", "2023-06-14"), null);
        open("BKLG00000003", ComplaintStatus.IN_PROGRESS, limit("2023-06-01", "2023-06-08"), officer.accountId());
        open("BKLG00000004", ComplaintStatus.ON_HOLD, null, officer.accountId());
        open("BKLG00000005", ComplaintStatus.COMPLETED, null, officer.accountId());
    }

    private void noonInJayapura() {
        clock.set(Instant.parse("2023-06-14T03:00:00Z"));
    }

    @Test
    void shouldJudgeEveryOpenComplaintAgainstItsOwnLimit() {
        noonInJayapura();
        Backlog.Now now = backlog.now(cityAlone());
        assertThat(now.count(Standing.WITHIN)).isEqualTo(1);                                  // BKLG01
        assertThat(now.count(Standing.APPROACHING)).isEqualTo(1);                             // BKLG02
        assertThat(now.count(Standing.BREACHED)).isEqualTo(1);                                // BKLG03
        assertThat(now.count(Standing.NO_LIMIT)).isEqualTo(1);                                // BKLG04
        assertThat(now.byOfficer()).satisfiesExactly(
                mine -> {
                    assertThat(mine.accountId()).isEqualTo(officer.accountId());
                    assertThat(mine.total()).isEqualTo(2);                                    // BKLG03, BKLG04
                    assertThat(mine.count(Standing.BREACHED)).isEqualTo(1);
                },
                unassigned -> {
                    assertThat(unassigned.accountId()).isNull();
                    assertThat(unassigned.total()).isEqualTo(2);                              // BKLG01, BKLG02
                });
        assertThat(backlog.overdue(cityAlone(), 20)).extracting(Backlog.OpenComplaint::trackingNumber)
                .containsExactly("BKLG00000003");
        // A day later BKLG02's last day has passed too; BKLG01 (3 of 3 used) now approaches.
        clock.set(Instant.parse("2023-06-15T03:00:00Z"));
        assertThat(backlog.overdue(cityAlone(), 20)).extracting(Backlog.OpenComplaint::trackingNumber)
                .containsExactly("BKLG00000003", "BKLG00000002");
        assertThat(backlog.now(cityAlone()).count(Standing.APPROACHING)).isEqualTo(1);
    }

    @Test
    void shouldShowTheStandingTheOfficersAndTheOverdueOnTheDashboard() throws Exception {
        noonInJayapura();
        Document page = Jsoup.parse(mvc.perform(get("/admin/statistik?dari=2023-06-01&sampai=2023-06-30")
                        .with(user(officer))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
        assertThat(page.select("[data-statistics=standing] tbody td").eachText()).containsExactly("1", "1", "1", "1");
        assertThat(page.selectFirst("[data-officer=" + officer.accountId() + "] th").text())
                .isEqualTo(officer.displayName());
        assertThat(page.selectFirst("[data-officer=none] td").text()).isEqualTo("2");
        assertThat(page.select("[data-statistics=overdue] tbody a").eachAttr("href"))
                .containsExactly("/petugas/laporan/BKLG00000003");
        assertThat(page.select("[data-holder=\"" + CITY + "\"] td").eachText()).startsWith("4", "2", "1", "1", "0",
                "1", "1");
    }

    private static Scope cityAlone() {
        return new Scope(CITY, false, LocalDate.of(2023, 6, 1), LocalDate.of(2023, 6, 30), false);
    }

    private static RunningLimit limit(String startedOn, String dueOn) {
        return new RunningLimit(LocalDate.parse(startedOn), LocalDate.parse(dueOn));
    }

    /** Filed on 1 June, routed to the city, then acted on to reach the state with its limit and assignee. */
    private void open(String number, ComplaintStatus status, RunningLimit limit, Long assignee) {
        Instant filed = Instant.parse("2023-06-01T01:00:00Z");
        records.applyAll(List.of(
                new ComplaintSubmitted(number, ReportType.PENGADUAN, null, "91", "91.71", CITY, null,
                        IntakeChannel.WEB, false, filed),
                new ComplaintRouted(number, CITY, CITY, 0, filed.plusSeconds(1), null),
                new ComplaintActedOn(CaseAction.NOTE, new ComplaintFacts(number, ReportType.PENGADUAN, null, "91",
                        "91.71", CITY, IntakeChannel.WEB, CITY, status, false, false, null, filed, 1, 0, 0, limit,
                        assignee), CITY, ComplaintStatus.SUBMITTED, null, filed.plusSeconds(60))));
    }
}
