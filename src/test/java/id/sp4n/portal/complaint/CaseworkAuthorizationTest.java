package id.sp4n.portal.complaint;

import static id.sp4n.portal.support.ComplaintFormMother.aComplaint;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import id.sp4n.portal.identity.PortalUser;
import id.sp4n.portal.identity.Role;
import id.sp4n.portal.support.PortalTest;
import id.sp4n.portal.support.StaffMother;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Who may do what to a complaint held by {@code pemda-32.73/DISDIK} (filed at the door of {@code pemda-32.73}),
 * as a matrix of roles × actions. "Not found" for those who may not know it exists; 403 for those who may read
 * but not act; a redirect (done) for those who may act. A refused action never changes the complaint.
 */
@PortalTest
class CaseworkAuthorizationTest {

    enum Actor {
        HOLDER_OFFICER, OTHER_AGENCY_OFFICER, PREVIOUS_HANDLER, SUBTREE_ADMIN, OTHER_SUBTREE_ADMIN, NATIONAL_ADMIN,
        OVERSIGHT, CITIZEN
    }

    enum Action {
        VIEW, VERIFY, HOLD, FORWARD, ASSIGN, NOTE, RESPOND, ARCHIVE, REVEAL
    }

    private static final int DONE = 302;
    private static final int OK = 200;
    private static final int FORBIDDEN = 403;
    private static final int NOT_FOUND = 404;

    /** Expected outcome per actor, in the order of {@link Action}. */
    private static final Map<Actor, int[]> MATRIX = Map.of(
            Actor.HOLDER_OFFICER, new int[] {OK, DONE, DONE, DONE, DONE, DONE, DONE, DONE, FORBIDDEN},
            Actor.OTHER_AGENCY_OFFICER, new int[] {NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND,
                    NOT_FOUND, NOT_FOUND, NOT_FOUND},
            Actor.PREVIOUS_HANDLER, new int[] {OK, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN,
                    FORBIDDEN, FORBIDDEN},
            Actor.SUBTREE_ADMIN, new int[] {OK, DONE, DONE, DONE, DONE, DONE, DONE, DONE, FORBIDDEN},
            Actor.OTHER_SUBTREE_ADMIN, new int[] {NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND,
                    NOT_FOUND, NOT_FOUND, NOT_FOUND},
            Actor.NATIONAL_ADMIN, new int[] {OK, DONE, DONE, DONE, DONE, DONE, DONE, DONE, OK},
            Actor.OVERSIGHT, new int[] {OK, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN,
                    FORBIDDEN, FORBIDDEN},
            Actor.CITIZEN, new int[] {FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN,
                    FORBIDDEN, FORBIDDEN});

    @Autowired
    MockMvc mvc;

    @Autowired
    StaffMother staffMother;

    @Autowired
    JdbcClient jdbc;

    CaseworkSteps steps;
    UserDetails holderOfficer;

    @BeforeEach
    void setUp() {
        steps = new CaseworkSteps(mvc, jdbc, staffMother);
        holderOfficer = steps.staff("matriks.disdik.bandung@sp4n.test", Role.OFFICER, "pemda-32.73/DISDIK");
    }

    static Stream<Arguments> matrix() {
        List<Arguments> cases = new ArrayList<>();
        for (Actor actor : Actor.values()) {
            for (Action action : Action.values()) {
                cases.add(Arguments.of(actor, action, MATRIX.get(actor)[action.ordinal()]));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} {1} → {2}")
    @MethodSource("matrix")
    void shouldAllowOnlyWhatTheRoleAndAgencyPermit(Actor actor, Action action, int expected) throws Exception {
        String number = steps.file(aComplaint(), "pemda-32.73").number();
        if (action == Action.RESPOND) {
            steps.act(holderOfficer, number, "verifikasi", "type", "PENGADUAN", "categoryCode", "PENDIDIKAN-DASAR");
        }
        long versionBefore = steps.version(number);
        UserDetails who = who(actor);

        int actual = mvc.perform(request(action, who, number)).andReturn().getResponse().getStatus();

        assertThat(actual).as("%s %s", actor, action).isEqualTo(expected);
        if (expected != DONE) {
            assertThat(steps.version(number)).as("a refused or read-only request changes nothing")
                    .isEqualTo(versionBefore);
        }
    }

    private MockHttpServletRequestBuilder request(Action action, UserDetails who, String number) {
        long colleague = ((PortalUser) holderOfficer).accountId();
        return switch (action) {
            case VIEW -> get("/petugas/laporan/" + number).with(user(who));
            case VERIFY -> steps.action(who, number, "verifikasi", "type", "PENGADUAN", "categoryCode",
                    "PENDIDIKAN-DASAR");
            case HOLD -> steps.action(who, number, "tunda", "question", "Mohon sebutkan nama sekolahnya.");
            case FORWARD -> steps.action(who, number, "teruskan", "target", "pemda-32.73/DINKES", "reason",
                    "Bukan urusan pendidikan.");
            case ASSIGN -> steps.action(who, number, "tugaskan", "assignee", "officer:" + colleague);
            case NOTE -> steps.action(who, number, "catatan", "text", "Sudah dicek ke lapangan.");
            case RESPOND -> steps.action(who, number, "tanggapan", "text", "Sudah kami tindak lanjuti.");
            case ARCHIVE -> steps.action(who, number, "arsipkan", "reason", "SPAM_ABUSE");
            case REVEAL -> steps.action(who, number, "identitas");
        };
    }

    private UserDetails who(Actor actor) {
        return switch (actor) {
            case HOLDER_OFFICER -> holderOfficer;
            case OTHER_AGENCY_OFFICER -> steps.staff("matriks.disdik.bogor@sp4n.test", Role.OFFICER, "pemda-32.01/DISDIK");
            case PREVIOUS_HANDLER -> steps.staff("matriks.pemkot.bandung@sp4n.test", Role.OFFICER, "pemda-32.73");
            case SUBTREE_ADMIN -> steps.staff("matriks.admin.jabar@sp4n.test", Role.AGENCY_ADMIN, "pemda-32");
            case OTHER_SUBTREE_ADMIN -> steps.staff("matriks.admin.jateng@sp4n.test", Role.AGENCY_ADMIN, "pemda-33");
            case NATIONAL_ADMIN -> steps.staff("matriks.admin.nasional@sp4n.test", Role.NATIONAL_ADMIN, "kemenpanrb");
            case OVERSIGHT -> steps.staff("matriks.ombudsman@sp4n.test", Role.OVERSIGHT, "ombudsman");
            case CITIZEN -> org.springframework.security.core.userdetails.User.withUsername("warga.matriks@sp4n.test")
                    .password("x").roles("CITIZEN").build();
        };
    }
}
