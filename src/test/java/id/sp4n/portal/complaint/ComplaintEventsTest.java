package id.sp4n.portal.complaint;

import static id.sp4n.portal.support.ComplaintFormMother.aComplaint;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import id.sp4n.portal.agency.HeldComplaints;
import id.sp4n.portal.complaint.handling.Staff;
import id.sp4n.portal.identity.Role;
import id.sp4n.portal.support.PortalTest;
import id.sp4n.portal.support.StaffMother;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every change of a complaint is published as a typed event with what a consumer needs without asking back: the
 * action, where the complaint was and is, its state before and after, classification, place, door, the actor's
 * scope, the working days since filing, the stars of a rating — and nothing about the reporter.
 */
@PortalTest
@RecordApplicationEvents
class ComplaintEventsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    StaffMother staffMother;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEvents events;

    @Autowired
    HeldComplaints heldComplaints;

    @Autowired
    PlatformTransactionManager transactions;

    CaseworkSteps steps;
    UserDetails cityEducation;
    UserDetails provinceEducation;

    @BeforeEach
    void setUp() {
        steps = new CaseworkSteps(mvc, jdbc, staffMother);
        cityEducation = steps.staff("peristiwa.disdik.bandung@sp4n.test", Role.OFFICER, "pemda-32.73/DISDIK");
        provinceEducation = steps.staff("peristiwa.disdik.jabar@sp4n.test", Role.OFFICER, "pemda-32/DISDIK");
    }

    private <T> T last(Class<T> type) {
        List<T> published = events.stream(type).toList();
        assertThat(published).as("a published %s", type.getSimpleName()).isNotEmpty();
        return published.get(published.size() - 1);
    }

    @Test
    void shouldPublishAVerificationThatMovesTheComplaintWithBothAgencies() throws Exception {
        CaseworkSteps.Filed filed = steps.file(aComplaint(), "pemda-32.73");
        steps.act(cityEducation, filed.number(), "verifikasi", "type", "PENGADUAN", "categoryCode", "PENDIDIKAN-MENENGAH")
                .andExpect(status().is3xxRedirection());

        ComplaintActedOn verified = last(ComplaintActedOn.class);
        assertThat(verified.action()).isEqualTo(CaseAction.VERIFY_AND_FORWARD);
        assertThat(verified.agencyBefore()).isEqualTo("pemda-32.73/DISDIK");
        assertThat(verified.agencyCode()).isEqualTo("pemda-32/DISDIK");
        assertThat(verified.moved()).isTrue();
        assertThat(verified.statusBefore()).isEqualTo(ComplaintStatus.SUBMITTED);
        assertThat(verified.actorScope()).isEqualTo(Staff.Scope.AGENCY);
        ComplaintFacts facts = verified.complaint();
        assertThat(facts.trackingNumber()).isEqualTo(filed.number());
        assertThat(facts.status()).isEqualTo(ComplaintStatus.IN_PROGRESS);
        assertThat(facts.type()).isEqualTo(ReportType.PENGADUAN);
        assertThat(facts.categoryCode()).isEqualTo("PENDIDIKAN-MENENGAH");
        assertThat(facts.provinceCode()).isEqualTo("32");
        assertThat(facts.regencyCode()).isEqualTo("32.73");
        assertThat(facts.doorAgencyCode()).isEqualTo("pemda-32.73");
        assertThat(facts.channel()).isEqualTo(IntakeChannel.WEB);
        assertThat(facts.submittedAt()).isNotNull();
        assertThat(facts.workingDaysSinceSubmission()).isZero();
        assertThat(facts.confidential()).isFalse();
        assertThat(facts.archiveReason()).isNull();
        assertThat(verified.toString()).doesNotContain("Siti Rahmawati", "siti.rahmawati@example.id", "0812");
    }

    /** What statistics needs to keep a complaint out of public figures, and to count archived ones by reason. */
    @Test
    void shouldSayWhetherAComplaintIsConfidentialAndWhyItWasArchived() throws Exception {
        CaseworkSteps.Filed filed = steps.file(aComplaint().with("confidential", "true"), "pemda-32.73");
        ComplaintSubmitted submitted = events.stream(ComplaintSubmitted.class)
                .filter(e -> e.trackingNumber().equals(filed.number())).findFirst().orElseThrow();
        assertThat(submitted.confidential()).isTrue();

        steps.act(cityEducation, filed.number(), "arsipkan", "reason", "SPAM_ABUSE")
                .andExpect(status().is3xxRedirection());
        ComplaintActedOn archived = last(ComplaintActedOn.class);
        assertThat(archived.action()).isEqualTo(CaseAction.ARCHIVE);
        assertThat(archived.complaint().status()).isEqualTo(ComplaintStatus.ARCHIVED);
        assertThat(archived.complaint().archiveReason()).isEqualTo("SPAM_ABUSE");
        assertThat(archived.complaint().confidential()).isTrue();
    }

    @Test
    void shouldPublishTheReportersRatingWithItsStarsAndAReopenWithItsHolder() throws Exception {
        CaseworkSteps.Filed filed = steps.file(aComplaint(), "pemda-32.73");
        steps.act(cityEducation, filed.number(), "verifikasi", "type", "PENGADUAN", "categoryCode", "PENDIDIKAN-DASAR");
        steps.act(cityEducation, filed.number(), "tanggapan", "text", "Atap sudah kami perbaiki pada hari Senin.");
        ComplaintActedOn responded = last(ComplaintActedOn.class);
        assertThat(responded.action()).isEqualTo(CaseAction.RESPOND);
        assertThat(responded.statusBefore()).isEqualTo(ComplaintStatus.IN_PROGRESS);
        assertThat(responded.complaint().status()).isEqualTo(ComplaintStatus.RESPONDED);
        assertThat(responded.moved()).isFalse();

        steps.reporter(filed, "nilai", "stars", "4", "comment", "Cepat.").andExpect(status().is3xxRedirection());
        ReporterActedOn rated = last(ReporterActedOn.class);
        assertThat(rated.action()).isEqualTo(ReporterAction.RATE);
        assertThat(rated.stars()).isEqualTo(4);
        assertThat(rated.agencyCode()).isEqualTo("pemda-32.73/DISDIK");

        steps.reporter(filed, "buka-kembali", "reason", "Atap masih bocor saat hujan kemarin.")
                .andExpect(status().is3xxRedirection());
        ReporterActedOn reopened = last(ReporterActedOn.class);
        assertThat(reopened.action()).isEqualTo(ReporterAction.REOPEN);
        assertThat(reopened.statusBefore()).isEqualTo(ComplaintStatus.RESPONDED);
        assertThat(reopened.stars()).isNull();
        assertThat(reopened.complaint().reopenCount()).isEqualTo(1);
    }

    @Test
    void shouldPublishAHandoverToTheSuccessorOfAnAgency() throws Exception {
        // Malang's education office: no other test leaves complaints there.
        CaseworkSteps.Filed filed = steps.file(aComplaint().with("provinceCode", "35").with("regencyCode", "35.73"),
                "pemda-35.73");
        new TransactionTemplate(transactions).executeWithoutResult(tx -> heldComplaints.handOver(
                List.of("pemda-35.73/DISDIK"), "pemda-35.73", 0L, "Dinas digabung dengan pemerintah kota."));

        ComplaintHandedOver handedOver = events.stream(ComplaintHandedOver.class)
                .filter(e -> e.complaint().trackingNumber().equals(filed.number())).findFirst().orElseThrow();
        assertThat(handedOver.agencyBefore()).isEqualTo("pemda-35.73/DISDIK");
        assertThat(handedOver.complaint().agencyCode()).isEqualTo("pemda-35.73");
        assertThat(handedOver.reason()).isEqualTo("Dinas digabung dengan pemerintah kota.");
    }
}
