package id.sp4n.portal.agency;

import static id.sp4n.portal.support.ComplaintFormMother.aComplaint;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import id.sp4n.portal.support.PortalTest;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import id.sp4n.portal.identity.PortalUser;
import id.sp4n.portal.identity.Role;
import id.sp4n.portal.identity.StaffEnrolment;
import id.sp4n.portal.shared.InvalidRequestException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Nothing is ever left at an inactive agency, also when a complaint arrives while the agency is being deactivated:
 * whichever transaction comes first, the other one sees it. A writer that comes second is refused by the database
 * (routing retries with the current tree); a deactivation that comes second finds the complaint and asks for a
 * successor. A form posted at a deactivated agency's door still arrives, at the national desk.
 */
@PortalTest
class NoOrphanedComplaintTest {

    private static final String AGENCY = "pemda-32/YATIM";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AgencyAdministration administration;

    @Autowired
    AgencyHierarchy hierarchy;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    StaffEnrolment enrolment;

    @Autowired
    UserDetailsService accounts;

    final ExecutorService threads = Executors.newFixedThreadPool(2);
    AgencyAdministration.Admin admin;
    long complaintId;
    String holderBefore;

    @BeforeEach
    void placeAgencyAndComplaint() throws Exception {
        jdbc.sql("""
                insert into agency (code, name, kind, tier, parent_id, region_code)
                values ('pemda-32/YATIM', 'Unit Uji Penonaktifan', 'YATIM', 'UNIT',
                        (select id from agency where code = 'pemda-32'), '32')""").update();
        hierarchy.invalidate();
        enrolment.enrolIfAbsent("yatim.nasional@sp4n.test", "kata-sandi-yatim-2026", "Admin Nasional", Role.NATIONAL_ADMIN,
                "kemenpanrb");
        PortalUser national = (PortalUser) accounts.loadUserByUsername("yatim.nasional@sp4n.test");
        admin = new AgencyAdministration.Admin(national.accountId(), national.displayName(), true, "kemenpanrb");
        String number = mvc.perform(aComplaint().postTo("/lapor")).andReturn().getResponse().getRedirectedUrl()
                .replaceAll(".*nomor=([^&]+).*", "$1");
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql(
                "select routed_at is not null from complaint where tracking_number = ?").param(number)
                .query(Boolean.class).single());
        complaintId = jdbc.sql("select id from complaint where tracking_number = ?").param(number).query(Long.class)
                .single();
        holderBefore = holder();
    }

    @AfterEach
    void remove() {
        threads.shutdownNow();
        jdbc.sql("update complaint set current_agency_code = :holder where id = :id and current_agency_code = :agency")
                .param("holder", holderBefore).param("id", complaintId).param("agency", AGENCY).update();
        jdbc.sql("delete from agency where code = :code").param("code", AGENCY).update();
        hierarchy.invalidate();
    }

    private String holder() {
        return jdbc.sql("select current_agency_code from complaint where id = ?").param(complaintId)
                .query(String.class).single();
    }

    private boolean active() {
        return jdbc.sql("select active from agency where code = ?").param(AGENCY).query(Boolean.class).single();
    }

    /** A writer as routing, a forward or an escalation is one: the complaint's holder changes. */
    private int arrive() {
        return jdbc.sql("update complaint set current_agency_code = :agency where id = :id").param("agency", AGENCY)
                .param("id", complaintId).update();
    }

    @Test
    void shouldRefuseAComplaintThatArrivesWhileTheAgencyIsBeingDeactivated() throws Exception {
        CountDownLatch deactivated = new CountDownLatch(1);
        CountDownLatch commit = new CountDownLatch(1);
        Future<?> deactivation = threads.submit(() -> transactions.executeWithoutResult(status -> {
            administration.deactivate(admin, AGENCY, null, null);
            deactivated.countDown();
            awaitQuietly(commit);
        }));
        // Generous: in a full run other tests' listeners may still hold the complaint table for a while.
        boolean reached = deactivated.await(30, TimeUnit.SECONDS);
        assertThat(reached).as("the deactivation took its locks; else: %s", reached ? "" : whoHolds(deactivation))
                .isTrue();

        Future<Integer> arrival = threads.submit(this::arrive);
        await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(2)).until(() -> !arrival.isDone());
        commit.countDown();
        deactivation.get(10, TimeUnit.SECONDS);

        assertThatThrownBy(() -> arrival.get(10, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .hasCauseInstanceOf(DataIntegrityViolationException.class);
        assertThat(active()).isFalse();
        assertThat(holder()).isEqualTo(holderBefore);
        // A writer with a copy of the tree from before the deactivation, later on, is refused too.
        assertThatThrownBy(this::arrive).isInstanceOf(DataIntegrityViolationException.class);
    }

    /** What blocks or broke the deactivation, for the failure message. */
    private String whoHolds(Future<?> deactivation) {
        String outcome;
        try {
            outcome = deactivation.isDone() ? "ended: " + deactivation.get() : "still waiting";
        } catch (Exception e) {
            outcome = "failed: " + e.getCause();
        }
        return outcome + "; locks on complaint: " + jdbc.sql("""
                        select l.pid || ' ' || l.mode || ' ' || l.granted || ' ' || coalesce(a.state, '') || ' '
                               || left(coalesce(a.query, ''), 120)
                          from pg_locks l join pg_stat_activity a on a.pid = l.pid
                         where l.relation = 'complaint'::regclass""").query(String.class).list();
    }

    @Test
    void shouldMakeADeactivationThatComesSecondSeeTheComplaintAndAskForASuccessor() throws Exception {
        CountDownLatch arrived = new CountDownLatch(1);
        CountDownLatch commit = new CountDownLatch(1);
        Future<?> arrival = threads.submit(() -> transactions.executeWithoutResult(status -> {
            arrive();
            arrived.countDown();
            awaitQuietly(commit);
        }));
        assertThat(arrived.await(10, TimeUnit.SECONDS)).isTrue();

        Future<?> deactivation = threads.submit(() -> administration.deactivate(admin, AGENCY, null, null));
        await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(2)).until(() -> !deactivation.isDone());
        commit.countDown();
        arrival.get(10, TimeUnit.SECONDS);

        assertThatThrownBy(() -> deactivation.get(10, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .hasCauseInstanceOf(InvalidRequestException.class);
        assertThat(active()).isTrue();
        assertThat(holder()).isEqualTo(AGENCY);
    }

    @Test
    void shouldTakeAFormPostedAtADeactivatedDoorToTheNationalDesk() throws Exception {
        administration.deactivate(admin, AGENCY, null, null);

        String number = mvc.perform(aComplaint().postTo("/instansi/" + AGENCY + "/lapor")).andReturn().getResponse()
                .getRedirectedUrl().replaceAll(".*nomor=([^&]+).*", "$1");
        assertThat(jdbc.sql("select door_agency_code from complaint where tracking_number = ?").param(number)
                .query(String.class).single()).isEqualTo("kemenpanrb");
        mvc.perform(get("/instansi/" + AGENCY + "/lapor")).andExpect(redirectedUrl("/lapor"));
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
