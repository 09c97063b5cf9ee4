package id.sp4n.portal.statistics;

import static id.sp4n.portal.support.ComplaintFormMother.aComplaint;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import id.sp4n.portal.complaint.CaseAction;
import id.sp4n.portal.complaint.CaseworkSteps;
import id.sp4n.portal.complaint.ComplaintActedOn;
import id.sp4n.portal.complaint.ComplaintFacts;
import id.sp4n.portal.complaint.ComplaintStatus;
import id.sp4n.portal.complaint.ComplaintSubmitted;
import id.sp4n.portal.complaint.IntakeChannel;
import id.sp4n.portal.complaint.ReportType;
import id.sp4n.portal.complaint.handling.Staff;
import id.sp4n.portal.identity.PortalUser;
import id.sp4n.portal.identity.Role;
import id.sp4n.portal.support.PortalTest;
import id.sp4n.portal.support.StaffMother;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The statistics module's record of a complaint, kept from the events alone: a whole journey through the real use
 * cases gives the row worked out by hand below, and events delivered twice, late or before the one that created the
 * row leave the same row as events delivered once and in order.
 */
@PortalTest
class StatisticsFeedTest {

    @Autowired
    ComplaintRecords records;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    StaffMother staffMother;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    PlatformTransactionManager transactions;


    private Map<String, Object> row(String number) {
        return jdbc.sql("select * from stat_complaint where tracking_number = ?").param(number).query().singleRow();
    }

    /** The limit the complaint module holds the complaint to now. */
    private Object dueOn(String number) {
        return jdbc.sql("select due_on from complaint where tracking_number = ?").param(number).query().singleRow()
                .get("due_on");
    }

    private void awaitRow(String number, String condition) {
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql(
                "select count(*) from stat_complaint where tracking_number = ? and " + condition)
                .param(number).query(Long.class).single() == 1);
    }

    @Test
    void shouldRecordAJourneyFromFilingToTheReportersAcceptance() throws Exception {
        CaseworkSteps steps = new CaseworkSteps(mvc, jdbc, staffMother);
        UserDetails officer = steps.staff("statistik.disdik.bandung@sp4n.test", Role.OFFICER, "pemda-32.73/DISDIK");
        CaseworkSteps.Filed filed = steps.file(aComplaint(), "pemda-32.73");
        awaitRow(filed.number(), "status = 'SUBMITTED' and limit_started_on is not null");
        assertThat(row(filed.number()).get("limit_due_on")).as("the verification limit routing set")
                .isEqualTo(dueOn(filed.number()));
        steps.act(officer, filed.number(), "verifikasi", "type", "PENGADUAN", "categoryCode", "PENDIDIKAN-DASAR")
                .andExpect(status().is3xxRedirection());
        long officerId = ((PortalUser) officer).accountId();
        steps.act(officer, filed.number(), "tugaskan", "assignee", "officer:" + officerId)
                .andExpect(status().is3xxRedirection());
        awaitRow(filed.number(), "status = 'IN_PROGRESS' and assignee_account_id = " + officerId);
        assertThat(row(filed.number()).get("limit_due_on")).as("the follow-up limit").isEqualTo(dueOn(filed.number()));
        steps.act(officer, filed.number(), "tanggapan", "text", "Atap kelas sudah kami perbaiki hari ini.")
                .andExpect(status().is3xxRedirection());
        steps.reporter(filed, "nilai", "stars", "4", "comment", "Cepat.").andExpect(status().is3xxRedirection());
        steps.reporter(filed, "terima").andExpect(status().is3xxRedirection());

        awaitRow(filed.number(), "status = 'COMPLETED' and rating is not null and submitted_at is not null");
        Map<String, Object> row = row(filed.number());
        assertThat(row).containsEntry("type", "PENGADUAN").containsEntry("category_code", "PENDIDIKAN-DASAR")
                .containsEntry("province_code", "32").containsEntry("regency_code", "32.73")
                .containsEntry("door_agency_code", "pemda-32.73").containsEntry("channel", "WEB")
                .containsEntry("agency_code", "pemda-32.73/DISDIK").containsEntry("confidential", false)
                // Routed to the door's own unit: not a wrong door. One hop, door to unit.
                .containsEntry("routed_away", false).containsEntry("routing_hops", 1)
                // Everything on the day it was filed: zero working days each.
                .containsEntry("verified_days", 0).containsEntry("first_follow_up_days", 0)
                .containsEntry("responded_days", 0).containsEntry("completed_days", 0)
                .containsEntry("officer_forwards", 0).containsEntry("reopen_count", 0)
                .containsEntry("rating", 4).containsEntry("accepted", true).containsEntry("appealed", false)
                // Closed: no limit runs any more.
                .containsEntry("limit_due_on", null).containsEntry("limit_started_on", null);
        assertThat(row.get("verified_at")).isNotNull();
        assertThat(row.get("archived_at")).isNull();
        assertThat(jdbc.sql("select count(*) from information_schema.columns where table_name = 'stat_complaint'"
                        + " and column_name ~ 'name|email|phone|description|title'").query(Long.class).single())
                .as("nothing about the reporter or the text").isZero();
    }

    @Test
    void shouldCountAnOfficersForwardOnceAndKeepTheNewestStateWhateverTheOrderOfDelivery() {
        String number = "STATSURUT001";
        Instant filedAt = Instant.parse("2026-11-02T01:00:00Z");
        Instant forwardedAt = Instant.parse("2026-11-03T02:00:00Z");
        Instant verifiedAt = Instant.parse("2026-11-04T03:00:00Z");
        ComplaintActedOn forwarded = new ComplaintActedOn(CaseAction.FORWARD,
                facts(number, "pemda-32", ComplaintStatus.SUBMITTED, filedAt, 1), "pemda-32.73/DISDIK",
                ComplaintStatus.SUBMITTED, Staff.Scope.AGENCY, forwardedAt);
        ComplaintActedOn verified = new ComplaintActedOn(CaseAction.VERIFY,
                facts(number, "pemda-32/DISDIK", ComplaintStatus.IN_PROGRESS, filedAt, 2), "pemda-32/DISDIK",
                ComplaintStatus.SUBMITTED, Staff.Scope.AGENCY, verifiedAt);

        // Called directly, in the order written (a batch takes events in the order they were logged, which need not
        // be the order their transactions committed in): the newest first, then an older one twice, then the
        // filing itself last of all.
        apply(verified);
        apply(forwarded);
        apply(forwarded);
        apply(new ComplaintSubmitted(number, ReportType.PENGADUAN, "PENDIDIKAN-MENENGAH", "32", "32.73",
                "pemda-32.73", null, IntakeChannel.API, false, filedAt));

        Map<String, Object> row = row(number);
        assertThat(row).containsEntry("officer_forwards", 1).containsEntry("agency_code", "pemda-32/DISDIK")
                .containsEntry("status", "IN_PROGRESS").containsEntry("verified_days", 2)
                .containsEntry("first_follow_up_days", 2).containsEntry("channel", "API");
        assertThat(((java.sql.Timestamp) row.get("state_at")).toInstant()).isEqualTo(verifiedAt);
        assertThat(((java.sql.Timestamp) row.get("submitted_at")).toInstant()).isEqualTo(filedAt);
    }

    @Test
    void shouldLogAnEventWithTheChangeThatPublishedItAndNeverOneWhoseChangeRolledBack() {
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        Instant filedAt = Instant.parse("2026-11-02T01:00:00Z");
        transaction.executeWithoutResult(tx -> {
            events.publishEvent(new ComplaintSubmitted("STATBATAL001", ReportType.PENGADUAN, "PENDIDIKAN-DASAR", "32",
                    "32.73", "pemda-32.73", null, IntakeChannel.WEB, false, filedAt));
            tx.setRollbackOnly();
        });
        transaction.executeWithoutResult(tx -> events.publishEvent(new ComplaintSubmitted("STATJADI0001",
                ReportType.PENGADUAN, "PENDIDIKAN-DASAR", "32", "32.73", "pemda-32.73", null, IntakeChannel.WEB, false,
                filedAt)));

        awaitRow("STATJADI0001", "status = 'SUBMITTED'");
        assertThat(jdbc.sql("select count(*) from stat_event where payload ->> 'trackingNumber' = ?")
                .param("STATBATAL001").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from stat_complaint where tracking_number = ?")
                .param("STATBATAL001").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select applied from stat_event where payload ->> 'trackingNumber' = ?")
                .param("STATJADI0001").query(Boolean.class).list()).containsExactly(true);
    }

    @Test
    void shouldTellAWrongDoorFromADoorsOwnUnit() {
        assertThat(ComplaintRecords.awayFromDoor("pemda-32.73", "pemda-32.73/DISDIK")).isFalse();
        assertThat(ComplaintRecords.awayFromDoor("pemda-32.73", "pemda-32.73")).isFalse();
        assertThat(ComplaintRecords.awayFromDoor("pemda-32.73", "pemda-32/DISDIK")).isTrue();
        assertThat(ComplaintRecords.awayFromDoor("pemda-32.7", "pemda-32.73")).isTrue();
    }

    private static ComplaintFacts facts(String number, String holder, ComplaintStatus status, Instant filedAt,
                                        int workingDays) {
        return new ComplaintFacts(number, ReportType.PENGADUAN, "PENDIDIKAN-MENENGAH", "32", "32.73", "pemda-32.73",
                IntakeChannel.API, holder, status, false, false, null, filedAt, workingDays, 0, 0, null, null);
    }

    /** Applies a fixture event as the live batch does: to the record and the roll-up together. */
    private void apply(Object event) {
        records.applyAll(List.of(event));
    }
}
