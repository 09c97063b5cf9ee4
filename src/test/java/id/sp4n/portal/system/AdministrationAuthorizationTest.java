package id.sp4n.portal.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import id.sp4n.portal.support.PortalTest;
import id.sp4n.portal.support.StaffMother;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import id.sp4n.portal.agency.AgencyHierarchy;
import id.sp4n.portal.identity.Role;
import id.sp4n.portal.identity.StaffEnrolment;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Every administration action × every role, in one matrix. The targets lie outside the Bandung city admin's
 * subtree ({@code pemda-32.73}): its province's government, another regency, a central body, national settings.
 * 403 for whoever may not; a redirect or the page for whoever may. A refused request changes nothing: no audit
 * entry, no agency, account, rule, category or holiday added, removed or changed.
 */
@PortalTest
class AdministrationAuthorizationTest {

    enum Actor {
        CITIZEN, OFFICER, CITY_ADMIN, PROVINCE_ADMIN, NATIONAL_ADMIN, OVERSIGHT
    }

    enum Action {
        TREE_OF_PROVINCE, EDIT_PROVINCE, EDIT_OTHER_REGENCY, EDIT_CENTRAL_BODY, ADD_UNIT_TO_PROVINCE, ADD_CENTRAL_BODY,
        MOVE_AGENCY, DEACTIVATE_PROVINCE_UNIT, IMPORT_PROVINCE_UNIT, ADD_STAFF_AT_PROVINCE, ADD_OVERSIGHT_ACCOUNT,
        DEACTIVATE_PROVINCE_OFFICER, SEND_PASSWORD_LINK_TO_PROVINCE_OFFICER, ADD_RULE, ADD_CATEGORY,
        ADD_PROVINCE_HOLIDAY, READ_AUDIT_LOG, SIMULATE, ADD_NATIONAL_HOLIDAY, IMPORT_NATIONAL_HOLIDAYS
    }

    private static final int OK = 200;
    private static final int DONE = 302;
    /** A CSV import reports each refused line with its number, and imports nothing. */
    private static final int LINES_REFUSED = 400;
    private static final int FORBIDDEN = 403;

    /** Expected outcome per actor, in the order of {@link Action}. */
    private static final Map<Actor, int[]> MATRIX = Map.of(
            Actor.CITIZEN, new int[] {
                    FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN,
                    FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN,
                    FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN,
                    FORBIDDEN, FORBIDDEN},
            Actor.OFFICER, new int[] {
                    FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN,
                    FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN,
                    FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK,
                    FORBIDDEN, FORBIDDEN},
            Actor.CITY_ADMIN, new int[] {
                    FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN,
                    FORBIDDEN, FORBIDDEN, LINES_REFUSED, FORBIDDEN, FORBIDDEN, FORBIDDEN,
                    FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK,
                    FORBIDDEN, FORBIDDEN},
            Actor.PROVINCE_ADMIN, new int[] {
                    OK, DONE, DONE, FORBIDDEN, DONE, FORBIDDEN,
                    FORBIDDEN, DONE, OK, DONE, FORBIDDEN, DONE,
                    DONE, FORBIDDEN, FORBIDDEN, DONE, FORBIDDEN, OK,
                    FORBIDDEN, FORBIDDEN},
            Actor.NATIONAL_ADMIN, new int[] {
                    OK, DONE, DONE, DONE, DONE, DONE,
                    DONE, DONE, OK, DONE, DONE, DONE,
                    DONE, DONE, DONE, DONE, OK, OK,
                    DONE, DONE},
            Actor.OVERSIGHT, new int[] {
                    FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN,
                    FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN,
                    FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK, OK,
                    FORBIDDEN, FORBIDDEN});

    private static final String PASSWORD = "kata-sandi-matriks-2026";
    private static final AtomicInteger SERIAL = new AtomicInteger();

    @Autowired
    MockMvc mvc;

    @Autowired
    StaffMother staffMother;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    StaffEnrolment enrolment;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    AgencyHierarchy hierarchy;

    long provinceOfficerId;

    static Stream<Arguments> matrix() {
        List<Arguments> cases = new ArrayList<>();
        for (Actor actor : Actor.values()) {
            for (Action action : Action.values()) {
                cases.add(Arguments.of(actor, action, MATRIX.get(actor)[action.ordinal()]));
            }
        }
        return cases.stream();
    }

    /** A central body to move and a unit of the province to deactivate, fresh for every case; an officer there. */
    @BeforeEach
    void placeTargets() {
        removeTargets();
        jdbc.sql("""
                insert into agency (code, name, kind, tier, parent_id, region_code)
                values ('mtrx-lembaga', 'Lembaga Matriks', 'AGENCY', 'CENTRAL',
                        (select id from agency where code = 'kemenpanrb'), null),
                       ('pemda-32/MTRXB', 'Unit Matriks Jawa Barat', 'MTRXB', 'UNIT',
                        (select id from agency where code = 'pemda-32'), '32')""").update();
        hierarchy.invalidate();
        enrolment.enrolIfAbsent("mtrx.petugas.jabar@sp4n.test", PASSWORD, "Matriks Petugas Jabar", Role.OFFICER,
                "pemda-32");
        jdbc.sql("update account set enabled = true where email = 'mtrx.petugas.jabar@sp4n.test'").update();
        provinceOfficerId = jdbc.sql("select id from account where email = 'mtrx.petugas.jabar@sp4n.test'")
                .query(Long.class).single();
    }

    @AfterEach
    void removeTargets() {
        jdbc.sql("delete from account where email like 'mtrx.baru.%'").update();
        jdbc.sql("delete from agency where code in ('mtrx-lembaga', 'mtrx-pusat') or code like 'pemda-32/MTRX%'")
                .update();
        jdbc.sql("delete from responsibility_rule where note = 'Matriks'").update();
        jdbc.sql("delete from category where code = 'MTRX-UJI'").update();
        jdbc.sql("delete from holiday where name = 'Matriks'").update();
        hierarchy.invalidate();
    }

    @ParameterizedTest(name = "{0} {1} → {2}")
    @MethodSource("matrix")
    void shouldAllowOnlyWhatTheRoleAndSubtreePermit(Actor actor, Action action, int expected) throws Exception {
        UserDetails who = who(actor);
        List<Object> before = fingerprint();

        int actual = mvc.perform(request(action, who)).andReturn().getResponse().getStatus();

        assertThat(actual).as("%s %s", actor, action).isEqualTo(expected);
        if (expected == FORBIDDEN || expected == LINES_REFUSED) {
            assertThat(fingerprint()).as("a refused request changes nothing").isEqualTo(before);
        }
        if (expected == DONE) {
            assertThat(fingerprint()).as("an allowed change is audited").isNotEqualTo(before);
        }
    }

    /** What any administration action would change, audit log included. */
    private List<Object> fingerprint() {
        return jdbc.sql("""
                select (select count(*) from audit_log where actor_name like 'Matriks%') as audited,
                       (select count(*) from agency) as agencies,
                       (select coalesce(sum(version), 0) from agency) as agency_versions,
                       (select count(*) from agency where active) as active_agencies,
                       (select count(*) from account) as accounts,
                       (select count(*) from account where enabled) as enabled_accounts,
                       (select count(*) from responsibility_rule) as rules,
                       (select count(*) from category) as categories,
                       (select count(*) from holiday) as holidays""")
                .query((rs, row) -> {
                    List<Object> values = new ArrayList<>();
                    for (int column = 1; column <= rs.getMetaData().getColumnCount(); column++) {
                        values.add(rs.getObject(column));
                    }
                    return values;
                }).single();
    }

    private RequestBuilder request(Action action, UserDetails who) {
        int serial = SERIAL.incrementAndGet();
        return switch (action) {
            case TREE_OF_PROVINCE -> get("/admin/instansi").param("induk", "pemda-32").with(user(who));
            case EDIT_PROVINCE -> edit(who, "pemda-32", "Pemerintah Provinsi Jawa Barat");
            case EDIT_OTHER_REGENCY -> edit(who, "pemda-32.01", "Pemerintah Kabupaten Bogor");
            case EDIT_CENTRAL_BODY -> edit(who, "kemendikdasmen", "Kementerian Pendidikan Dasar dan Menengah");
            case ADD_UNIT_TO_PROVINCE -> post("/admin/instansi/baru").with(user(who)).with(csrf())
                    .param("induk", "pemda-32").param("code", "pemda-32/MTRXA").param("kind", "MTRXA")
                    .param("tier", "UNIT").param("name", "Unit Matriks Baru");
            case ADD_CENTRAL_BODY -> post("/admin/instansi/baru").with(user(who)).with(csrf())
                    .param("induk", "kemenpanrb").param("code", "mtrx-pusat").param("kind", "AGENCY")
                    .param("tier", "CENTRAL").param("name", "Badan Matriks");
            case MOVE_AGENCY -> post("/admin/instansi/pindahkan").with(user(who)).with(csrf())
                    .param("kode", "mtrx-lembaga").param("parent", "kemendikdasmen");
            case DEACTIVATE_PROVINCE_UNIT -> post("/admin/instansi/nonaktifkan").with(user(who)).with(csrf())
                    .param("kode", "pemda-32/MTRXB");
            case IMPORT_PROVINCE_UNIT -> multipart("/admin/instansi/impor").file(new MockMultipartFile("file",
                            "instansi.csv", "text/csv", ("code,name,kind,tier,parent_code,region_code\n"
                                    + "pemda-32/MTRXC,Unit Matriks Impor,MTRXC,UNIT,pemda-32,\n")
                                    .getBytes(StandardCharsets.UTF_8)))
                    .with(user(who)).with(csrf());
            case ADD_STAFF_AT_PROVINCE -> newStaff(who, "pemda-32", "OFFICER", serial);
            case ADD_OVERSIGHT_ACCOUNT -> newStaff(who, "ombudsman", "OVERSIGHT", serial);
            case DEACTIVATE_PROVINCE_OFFICER -> post("/admin/petugas/{id}/status", provinceOfficerId).with(user(who))
                    .with(csrf()).param("agency", "pemda-32").param("enabled", "false");
            case SEND_PASSWORD_LINK_TO_PROVINCE_OFFICER -> post("/admin/petugas/{id}/undangan", provinceOfficerId)
                    .with(user(who)).with(csrf()).param("agency", "pemda-32");
            case ADD_RULE -> post("/admin/aturan").with(user(who)).with(csrf())
                    .param("categoryCode", "PENDIDIKAN-DASAR")
                    .param("regionCode", "36.71").param("agencyCode", "pemda-36").param("effectiveFrom", "2030-01-01")
                    .param("note", "Matriks");
            case ADD_CATEGORY -> post("/admin/kategori").with(user(who)).with(csrf()).param("code", "MTRX-UJI")
                    .param("nameId", "Kategori matriks").param("nameEn", "Matrix category").param("tier", "REGENCY")
                    .param("handler", "DISDIK").param("keywords", "matriks");
            case ADD_PROVINCE_HOLIDAY -> post("/admin/libur").with(user(who)).with(csrf()).param("agency", "pemda-32")
                    .param("day", "2031-06-02").param("name", "Matriks");
            case READ_AUDIT_LOG -> get("/admin/audit").with(user(who));
            case ADD_NATIONAL_HOLIDAY -> post("/admin/libur-nasional").with(user(who)).with(csrf())
                    .param("day", "2032-06-02").param("kind", "COLLECTIVE_LEAVE").param("name", "Matriks")
                    .param("legalBasis", "SKB Matriks");
            case IMPORT_NATIONAL_HOLIDAYS -> multipart("/admin/libur-nasional/impor").file(new MockMultipartFile("file",
                            "libur.csv", "text/csv", ("date,kind,name,legal_basis\n"
                                    + "2033-06-02,COLLECTIVE_LEAVE,Matriks,SKB Matriks\n").getBytes(StandardCharsets.UTF_8)))
                    .param("year", "2033").with(user(who)).with(csrf());
            case SIMULATE -> get("/admin/simulasi").with(user(who)).param("pintu", "kemenpanrb")
                    .param("kategori", "PENDIDIKAN-DASAR").param("wilayah", "32.73");
        };
    }

    /** Saves the agency's current name with no contacts and an open door: allowed, it is audited as an edit. */
    private static MockHttpServletRequestBuilder edit(UserDetails who, String code, String name) {
        return post("/admin/instansi/ubah").with(user(who)).with(csrf()).param("kode", code).param("name", name)
                .param("doorOpen", "true");
    }

    private static MockHttpServletRequestBuilder newStaff(UserDetails who, String agency, String role, int serial) {
        return post("/admin/petugas").with(user(who)).with(csrf()).param("agency", agency).param("role", role)
                .param("email", "mtrx.baru." + serial + "@sp4n.test").param("name", "Petugas Matriks " + serial)
                .param("password", PASSWORD);
    }

    private UserDetails who(Actor actor) {
        return switch (actor) {
            case CITIZEN -> User.withUsername("mtrx.warga@sp4n.test").password("x").roles("CITIZEN").build();
            case OFFICER -> staff("mtrx.petugas.bandung@sp4n.test", Role.OFFICER, "pemda-32.73");
            case CITY_ADMIN -> staff("mtrx.admin.bandung@sp4n.test", Role.AGENCY_ADMIN, "pemda-32.73");
            case PROVINCE_ADMIN -> staff("mtrx.admin.jabar@sp4n.test", Role.AGENCY_ADMIN, "pemda-32");
            case NATIONAL_ADMIN -> staff("mtrx.admin.nasional@sp4n.test", Role.NATIONAL_ADMIN, "kemenpanrb");
            case OVERSIGHT -> staff("mtrx.ombudsman@sp4n.test", Role.OVERSIGHT, "ombudsman");
        };
    }

    private UserDetails staff(String email, Role role, String agency) {
        return staffMother.staff(email, role, agency, "Matriks " + role + " " + agency);
    }
}
