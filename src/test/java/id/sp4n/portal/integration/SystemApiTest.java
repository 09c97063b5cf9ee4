package id.sp4n.portal.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;


import com.jayway.jsonpath.JsonPath;
import id.sp4n.portal.identity.Role;
import id.sp4n.portal.support.PortalTest;
import id.sp4n.portal.support.StaffMother;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The REST calls of a connected system of Kota Bandung ({@code pemda-32.73}): a create named by the system's own id
 * or an Idempotency-Key is made once however often it is retried, and the same name with another body is refused;
 * reading sees the subtree's complaints (confidential ones too, the reporter's contact never for an anonymous one)
 * and nothing held by the province or another regency (403); updates go through casework as the system, a replay
 * answers without acting again, an update made against an older version is kept but not applied (409), and every
 * bad input gets a clear 4xx with nothing changed.
 */
@PortalTest
class SystemApiTest {

    private static final String BASE = "/api/v1/integration/complaints";

    @Autowired
    MockMvc mvc;

    @Autowired
    StaffMother staff;

    @Autowired
    JdbcClient jdbc;

    private String writeKey;
    private String readKey;

    @BeforeEach
    void connect() throws Exception {
        var admin = staff.staff("sistem.admin.bandung@sp4n.test", Role.AGENCY_ADMIN, "pemda-32.73");
        writeKey = IntegrationFixture.connect(mvc, admin, "SIAP LAPOR! Kota Bandung", "pemda-32.73", "WRITE", "6000");
        readKey = IntegrationFixture.connect(mvc, admin, "Dasbor Kota Bandung", "pemda-32.73", "READ", "6000");
    }

    @Test
    void shouldFileOncePerNameAndRefuseTheNameReusedForAnotherBody() throws Exception {
        String body = complaint("BDG-2026-0001", "Puskesmas Pasirkaliki tutup pada jam pelayanan");
        MockHttpServletResponse first = call(post(BASE).header("X-API-Key", writeKey).content(body), 201);
        String number = JsonPath.read(first.getContentAsString(), "$.trackingNumber");
        assertThat(first.getHeader("Idempotent-Replayed")).isEqualTo("false");
        assertThat((String) JsonPath.read(first.getContentAsString(), "$.privateTrackingUrl")).contains("kunci=");
        MockHttpServletResponse again = call(post(BASE).header("X-API-Key", writeKey).content(body), 200);
        assertThat((String) JsonPath.read(again.getContentAsString(), "$.trackingNumber")).isEqualTo(number);
        assertThat(again.getHeader("Idempotent-Replayed")).isEqualTo("true");
        String refused = call(post(BASE).header("X-API-Key", writeKey)
                .content(complaint("BDG-2026-0001", "Puskesmas Pasirkaliki buka terlambat setiap hari")), 422)
                .getContentAsString();
        assertThat(refused).contains("BDG-2026-0001").contains("sudah dipakai");
        assertThat(count("Puskesmas Pasirkaliki%")).isEqualTo(1);
        assertThat(jdbc.sql("select channel, door_agency_code from complaint where tracking_number = ?").param(number)
                .query().singleRow()).containsEntry("channel", "CONNECTED_SYSTEM")
                .containsEntry("door_agency_code", "pemda-32.73");

        String keyed = complaint(null, "Puskesmas Cicendo kekurangan obat dasar");
        String byKey = JsonPath.read(call(post(BASE).header("X-API-Key", writeKey).header("Idempotency-Key", "k-77")
                .content(keyed), 201).getContentAsString(), "$.trackingNumber");
        assertThat((String) JsonPath.read(call(post(BASE).header("X-API-Key", writeKey).header("Idempotency-Key", "k-77")
                .content(keyed), 200).getContentAsString(), "$.trackingNumber")).isEqualTo(byKey);
        assertThat(count("Puskesmas Cicendo%")).isEqualTo(1);
    }

    @Test
    void shouldRefuseBadCreatesClearlyAndStoreNothing() throws Exception {
        long before = jdbc.sql("select count(*) from complaint").query(Long.class).single();
        assertThat(call(post(BASE).header("X-API-Key", writeKey)
                .content(complaint(null, "Puskesmas Cipaganti antre panjang")), 400).getContentAsString())
                .contains("externalId").contains("Idempotency-Key");
        assertThat(call(post(BASE).header("X-API-Key", writeKey).content("{\"title\": "), 400).getContentAsString())
                .contains("bukan JSON yang sah");
        String invalid = call(post(BASE).header("X-API-Key", writeKey).content("""
                {"externalId": "BDG-BAD-1", "title": "pendek", "description": "", "regencyCode": "99.99",
                 "categoryCode": "TIDAK-ADA", "reporter": {"email": "bukan-alamat"}}"""), 400).getContentAsString();
        assertThat((List<String>) JsonPath.read(invalid, "$.fields[*].field"))
                .contains("title", "description", "regencyCode", "email");
        call(post(BASE).header("X-API-Key", writeKey).header("Idempotency-Key", "dua kata")
                .content(complaint(null, "Puskesmas Cipaganti antre panjang")), 400);
        call(post(BASE).header("X-API-Key", readKey).content(complaint("BDG-READ-1", "Puskesmas Cipaganti antre")), 403);
        assertThat(jdbc.sql("select count(*) from complaint").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void shouldReadOnlyTheSubtreeAndActOnItThroughCasework() throws Exception {
        String own = file("BDG-2026-0100", "Puskesmas Sukasari menolak pasien BPJS", "KESEHATAN-DASAR", false);
        String hiddenContact = file("BDG-2026-0101", "Petugas Puskesmas Sukasari meminta uang", "KESEHATAN-DASAR", true);
        String province = file("BDG-2026-0102", "SMA negeri di Sukasari memungut biaya", "PENDIDIKAN-MENENGAH", false);
        // Filed at Bandung's door about Kota Cimahi: another regency's.
        String cimahi = file("BDG-2026-0103", "Puskesmas Cimahi Selatan tutup siang hari", "KESEHATAN-DASAR", false,
                "32.77");
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql("""
                        select count(*) from complaint where tracking_number in (?, ?, ?, ?)
                           and current_agency_code is not null""")
                .param(own).param(hiddenContact).param(province).param(cimahi).query(Long.class).single() == 4);
        assertThat(holder(province)).startsWith("pemda-32").doesNotStartWith("pemda-32.73");
        assertThat(holder(cimahi)).startsWith("pemda-32.77");
        call(get(BASE + "/" + cimahi).header("X-API-Key", writeKey), 403);
        long cimahiVersion = version(cimahi);
        call(update(cimahi, "upd-cimahi", cimahiVersion, "VERIFY", null), 403);
        assertThat(version(cimahi)).isEqualTo(cimahiVersion);

        // The external id is the filing system's own: another system of the agency reads the complaint without it.
        String read = call(get(BASE + "/" + own).header("X-API-Key", writeKey), 200).getContentAsString();
        assertThat((String) JsonPath.read(read, "$.externalId")).isEqualTo("BDG-2026-0100");
        assertThat((Object) JsonPath.read(call(get(BASE + "/" + own).header("X-API-Key", readKey), 200)
                .getContentAsString(), "$.externalId")).isNull();
        assertThat((String) JsonPath.read(read, "$.reporter.email")).isEqualTo("warga.sukasari@example.id");
        String anonymous = call(get(BASE + "/" + hiddenContact).header("X-API-Key", readKey), 200).getContentAsString();
        assertThat((Object) JsonPath.read(anonymous, "$.reporter")).isNull();
        assertThat(anonymous).doesNotContain("warga.sukasari@example.id");
        assertThat(call(get(BASE + "/" + province).header("X-API-Key", readKey), 403).getContentAsString())
                .contains(province);
        call(get(BASE + "/ZZZZZZZZZZZZ").header("X-API-Key", readKey), 404);
        List<String> listed = JsonPath.read(call(get(BASE).param("externalId", "BDG-2026-0100")
                .header("X-API-Key", writeKey), 200).getContentAsString(), "$.items[*].trackingNumber");
        assertThat(listed).containsExactly(own);
        call(get(BASE).param("updatedAfter", "kemarin").header("X-API-Key", readKey), 400);
        call(get(BASE).param("size", "0").header("X-API-Key", readKey), 400);

        long version = version(own);
        String verified = call(update(own, "upd-1", version, "VERIFY", null), 200).getContentAsString();
        assertThat((String) JsonPath.read(verified, "$.outcome")).isEqualTo("APPLIED");
        assertThat((String) JsonPath.read(verified, "$.complaint.status")).isEqualTo("IN_PROGRESS");
        long afterVerify = version(own);
        assertThat(afterVerify).isGreaterThan(version);

        String replayed = call(update(own, "upd-1", version, "VERIFY", null), 200).getContentAsString();
        assertThat((Boolean) JsonPath.read(replayed, "$.replayed")).isTrue();
        assertThat(version(own)).isEqualTo(afterVerify);

        String late = call(update(own, "upd-2", version, "RESPOND", "Jawaban yang terlambat dikirim"), 409)
                .getContentAsString();
        assertThat((String) JsonPath.read(late, "$.outcome")).isEqualTo("STALE");
        assertThat(jdbc.sql("select outcome from system_update where update_id = 'upd-2'").query(String.class).single())
                .isEqualTo("STALE");
        assertThat(version(own)).isEqualTo(afterVerify);

        String responded = call(update(own, "upd-3", afterVerify, "RESPOND",
                "Puskesmas sudah ditegur dan wajib melayani pasien BPJS."), 200).getContentAsString();
        assertThat((String) JsonPath.read(responded, "$.complaint.status")).isEqualTo("RESPONDED");
        assertThat((String) JsonPath.read(responded, "$.complaint.statusNotes")).contains("ditegur");
        assertThat(jdbc.sql("""
                        select e.author_name from complaint_entry e join complaint c on c.id = e.complaint_id
                         where c.tracking_number = ? and e.kind = 'RESPONSE'""").param(own).query(String.class).single())
                .contains("SIAP LAPOR! Kota Bandung");
        assertThat(jdbc.sql("select count(*) from audit_log where object_id = ? and actor_name like 'SIAP LAPOR!%'")
                .param(own).query(Long.class).single()).isGreaterThanOrEqualTo(2);

        long provinceVersion = version(province);
        call(update(province, "upd-4", provinceVersion, "RESPOND", "Bukan urusan kota"), 403);
        call(update(readKey, own, "upd-5", version(own), "RESPOND", "Dari kunci baca"), 403);
        assertThat(version(province)).isEqualTo(provinceVersion);
        call(update(own, "upd-6", version(own), "TERBANG", null), 400);
        call(post(BASE + "/" + own + "/updates").header("X-API-Key", writeKey).contentType(MediaType.APPLICATION_JSON)
                .content("{\"updateId\": \"upd-7\", \"action\": \"RESPOND\", \"text\": \"tanpa versi\"}"), 400);
        call(post(BASE + "/" + own + "/updates").header("X-API-Key", writeKey).contentType(MediaType.APPLICATION_JSON)
                .content("{\"version\": 1, \"action\": \"RESPOND\", \"text\": \"tanpa nama\"}"), 400);
        assertThat(jdbc.sql("select count(*) from system_update where update_id in ('upd-4', 'upd-5', 'upd-6', 'upd-7')")
                .query(Long.class).single()).isZero();
    }

    private String file(String externalId, String title, String category, boolean anonymous) throws Exception {
        return file(externalId, title, category, anonymous, "32.73");
    }

    private String file(String externalId, String title, String category, boolean anonymous, String regency)
            throws Exception {
        String body = """
                {"externalId": "%s", "type": "PENGADUAN", "title": "%s",
                 "description": "%s, sudah berulang kali sejak bulan lalu.", "incidentDate": "%s",
                 "regencyCode": "%s", "categoryCode": "%s", "anonymous": %s,
                 "reporter": {"name": "Warga Sukasari", "email": "warga.sukasari@example.id"}}"""
                .formatted(externalId, title, title, LocalDate.now().minusDays(1), regency, category, anonymous);
        return JsonPath.read(call(post(BASE).header("X-API-Key", writeKey).content(body), 201).getContentAsString(),
                "$.trackingNumber");
    }

    private MockHttpServletRequestBuilder update(String number, String updateId, long version, String action,
                                                 String text) {
        return update(writeKey, number, updateId, version, action, text);
    }

    private MockHttpServletRequestBuilder update(String key, String number, String updateId, long version,
                                                 String action, String text) {
        String body = "{\"updateId\": \"%s\", \"version\": %d, \"action\": \"%s\"%s}".formatted(updateId, version,
                action, text == null ? "" : ", \"text\": \"" + text + "\"");
        return post(BASE + "/" + number + "/updates").header("X-API-Key", key)
                .contentType(MediaType.APPLICATION_JSON).content(body);
    }

    private static String complaint(String externalId, String title) {
        return """
                {%s"type": "PENGADUAN", "title": "%s", "description": "%s, sudah tiga minggu begini.",
                 "incidentDate": "%s", "regencyCode": "32.73", "categoryCode": "KESEHATAN-DASAR",
                 "reporter": {"name": "Warga Bandung", "email": "warga.bandung@example.id"}}"""
                .formatted(externalId == null ? "" : "\"externalId\": \"" + externalId + "\", ", title, title,
                        LocalDate.now().minusDays(1));
    }

    private MockHttpServletResponse call(MockHttpServletRequestBuilder request, int status) throws Exception {
        MockHttpServletResponse response = mvc.perform(request.contentType(MediaType.APPLICATION_JSON))
                .andExpect(status().is(status)).andReturn().getResponse();
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        return response;
    }

    private long count(String titleLike) {
        return jdbc.sql("select count(*) from complaint where title like ?").param(titleLike).query(Long.class).single();
    }

    private long version(String number) {
        return jdbc.sql("select version from complaint where tracking_number = ?").param(number).query(Long.class)
                .single();
    }

    private String holder(String number) {
        return jdbc.sql("select current_agency_code from complaint where tracking_number = ?").param(number)
                .query(String.class).single();
    }

}
