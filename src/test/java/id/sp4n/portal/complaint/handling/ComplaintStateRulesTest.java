package id.sp4n.portal.complaint.handling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import id.sp4n.portal.complaint.CaseAction;
import id.sp4n.portal.complaint.ComplaintStatus;
import id.sp4n.portal.complaint.HopRecord;
import id.sp4n.portal.complaint.ReportType;
import id.sp4n.portal.complaint.ReporterAction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * Plain unit tests of the aggregate's state rules, without Spring or a database: the states each staff and reporter
 * action is possible in ({@link CaseAction#allowedIn()}, {@link ReporterAction#allowedIn()}, which the pages ask)
 * are exactly the states in which {@link Complaint} accepts it, and {@link ComplaintStatus} owns the moves.
 */
class ComplaintStateRulesTest {

    private static final Instant NOW = Instant.parse("2026-12-01T03:00:00Z");
    private static final Staff OFFICER = new Staff(1L, "Petugas Uji", "pemda-32.73/DISDIK", Staff.Scope.AGENCY);

    /** A complaint in the given state, held by Bandung's education office, with a response already given. */
    static Complaint complaintIn(ComplaintStatus status) {
        Complaint complaint = org.springframework.beans.BeanUtils.instantiateClass(Complaint.class);
        ReflectionTestUtils.setField(complaint, "trackingNumber", "LAPUJI000001");
        ReflectionTestUtils.setField(complaint, "type", ReportType.PENGADUAN);
        ReflectionTestUtils.setField(complaint, "status", status);
        ReflectionTestUtils.setField(complaint, "currentAgencyCode", "pemda-32.73/DISDIK");
        ReflectionTestUtils.setField(complaint, "doorAgencyCode", "pemda-32.73");
        ReflectionTestUtils.setField(complaint, "submittedAt", NOW.minusSeconds(86_400));
        ReflectionTestUtils.setField(complaint, "respondedAt", NOW.minusSeconds(3_600));
        ReflectionTestUtils.setField(complaint, "heldFrom", ComplaintStatus.SUBMITTED);
        return complaint;
    }

    private static HopRecord hop(String to) {
        return new HopRecord("pemda-32.73/DISDIK", to, HopRecord.ActorKind.STAFF, 1L, Complaint.OFFICER_FORWARD,
                "route.hop.officer", List.of("Bukan wewenang kami."));
    }

    private static void perform(Complaint complaint, CaseAction action) {
        switch (action) {
            case VERIFY, VERIFY_AND_FORWARD -> complaint.verify(new Verification(ReportType.PENGADUAN,
                    "PENDIDIKAN-DASAR", false, false, false, null), OFFICER, NOW);
            case HOLD -> complaint.hold("Sekolah yang mana?", OFFICER, NOW);
            case FORWARD -> complaint.forward(hop("pemda-32.73/DINKES"), OFFICER, NOW);
            case ASSIGN -> complaint.assignTo(2L, "Petugas Lain", OFFICER, NOW);
            case ASSIGN_UNIT -> complaint.assignToUnit(hop("pemda-32.73/DINKES"), OFFICER, NOW);
            case RESPOND -> complaint.respond("Sudah kami perbaiki.", OFFICER, NOW);
            case ARCHIVE -> complaint.archive(ArchiveReason.NOT_PUBLIC_SERVICE, null, null, OFFICER, NOW);
            case NOTE -> complaint.addNote("Catatan.", OFFICER, NOW);
        }
    }

    private static void perform(Complaint complaint, ReporterAction action) {
        switch (action) {
            case REPLY -> complaint.replyFromReporter("Di SDN 045 Dago.", NOW);
            case ACCEPT -> complaint.acceptResponse(NOW);
            case RATE -> complaint.rate(4, null, NOW);
            case REOPEN -> complaint.reopen("Masih bocor.", null, NOW);
            case APPEAL -> complaint.reopen("Masih bocor.", hop("pemda-32.73"), NOW);
            case REFER_OMBUDSMAN -> complaint.referToOmbudsman(NOW);
        }
    }

    /** Performs the action on a complaint in every state: accepted where {@code allowed} says, refused elsewhere. */
    private static void assertAcceptedExactlyIn(Set<ComplaintStatus> allowed, String action,
                                                Consumer<Complaint> perform) {
        for (ComplaintStatus status : ComplaintStatus.values()) {
            Complaint complaint = complaintIn(status);
            if (allowed.contains(status)) {
                perform.accept(complaint);
            } else {
                assertThatThrownBy(() -> perform.accept(complaint)).as("%s in %s", action, status)
                        .isInstanceOf(CaseworkRefusal.class);
                assertThat(complaint.status()).isEqualTo(status);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(CaseAction.class)
    void shouldAcceptAStaffActionExactlyInTheStatesItIsOfferedIn(CaseAction action) {
        assertAcceptedExactlyIn(action.allowedIn(), action.name(), complaint -> perform(complaint, action));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(ReporterAction.class)
    void shouldAcceptAReporterActionExactlyInTheStatesItIsOfferedIn(ReporterAction action) {
        assertAcceptedExactlyIn(action.allowedIn(), action.name(), complaint -> perform(complaint, action));
    }

    @Test
    void shouldOfferVerificationOnlyBeforeItAndNothingButNotesOnceArchived() {
        assertThat(CaseAction.allowedFor(ComplaintStatus.SUBMITTED)).contains(CaseAction.VERIFY, CaseAction.HOLD,
                CaseAction.FORWARD, CaseAction.ARCHIVE).doesNotContain(CaseAction.RESPOND);
        assertThat(CaseAction.allowedFor(ComplaintStatus.IN_PROGRESS)).contains(CaseAction.RESPOND)
                .doesNotContain(CaseAction.VERIFY);
        assertThat(CaseAction.allowedFor(ComplaintStatus.ARCHIVED)).isEmpty();
        assertThat(CaseAction.allowedFor(ComplaintStatus.COMPLETED))
                .containsExactlyInAnyOrder(CaseAction.ASSIGN, CaseAction.ASSIGN_UNIT, CaseAction.NOTE);
    }

    @Test
    void shouldMoveThroughTheLifecycleAndRecordEachChange() {
        Complaint complaint = complaintIn(ComplaintStatus.SUBMITTED);
        perform(complaint, CaseAction.VERIFY);
        complaint.startWork(OFFICER, NOW);
        perform(complaint, CaseAction.RESPOND);
        perform(complaint, ReporterAction.ACCEPT);
        assertThat(complaint.status()).isEqualTo(ComplaintStatus.COMPLETED);
        assertThat(complaint.entries()).filteredOn(e -> e.kind() == ComplaintEntry.Kind.STATE_CHANGE)
                .extracting(ComplaintEntry::toStatus).containsExactly(ComplaintStatus.VERIFIED,
                        ComplaintStatus.IN_PROGRESS, ComplaintStatus.RESPONDED, ComplaintStatus.COMPLETED);
    }

    @Test
    void shouldLetNoStateMoveToItselfAndNothingLeaveArchived() {
        for (ComplaintStatus status : ComplaintStatus.values()) {
            assertThat(status.canMoveTo(status)).as(status.name()).isFalse();
        }
        assertThat(ComplaintStatus.ARCHIVED.next()).isEmpty();
        assertThat(ComplaintStatus.COMPLETED.next()).containsExactly(ComplaintStatus.IN_PROGRESS);
        assertThat(ComplaintStatus.RESPONDED.next())
                .isEqualTo(EnumSet.of(ComplaintStatus.COMPLETED, ComplaintStatus.IN_PROGRESS));
    }
}
