package id.sp4n.portal.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import id.sp4n.portal.identity.Role;
import id.sp4n.portal.support.PortalTest;
import id.sp4n.portal.support.StaffMother;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The Open311 GeoReport v2 server against the standard's JSON Schemas: discovery, services and definitions, filing
 * through the form's intake rules (once per Idempotency-Key), reading with the standard filters and paging, XML beside
 * JSON, confidential and anonymous complaints kept out, and every bad input refused as a list of code and
 * description with nothing stored.
 */
@PortalTest
class Open311Test {

    private static final String BASE = "/open311/v2";
    private static final String CATEGORY = "KESEHATAN-DASAR";

    @Autowired
    MockMvc mvc;

    @Autowired
    StaffMother staff;

    @Autowired
    JdbcClient jdbc;

    private String key;

    @BeforeEach
    void connect() throws Exception {
        key = IntegrationFixture.connect(mvc, staff.staff("open311.admin@sp4n.test", Role.AGENCY_ADMIN, "pemda-32.73"),
                "Aplikasi kota uji Open311", "pemda-32.73", "WRITE", "6000");
    }

    @Test
    void shouldDescribeItsServicesInJsonAndXml() throws Exception {
        String discovery = body(get(BASE + "/discovery.json"), 200);
        assertThat((List<String>) JsonPath.read(discovery, "$.endpoints[*].url")).singleElement()
                .asString().endsWith("/open311/v2");

        String services = body(get(BASE + "/services.json"), 200);
        assertThat(Open311Schemas.problems("services", services)).isEmpty();
        assertThat((List<String>) JsonPath.read(services, "$[*].service_code")).contains(CATEGORY, "PENDIDIKAN-DASAR");
        String english = body(get(BASE + "/services.json").header("Accept-Language", "en"), 200);
        assertThat((List<String>) JsonPath.read(english, "$[?(@.service_code == 'PENDIDIKAN-DASAR')].service_name"))
                .containsExactly("Basic education (early childhood, primary, junior secondary)");

        Document xml = Jsoup.parse(body(get(BASE + "/services.xml"), 200), "", Parser.xmlParser());
        assertThat(xml.select("services > service > service_code").eachText()).contains(CATEGORY);

        String definition = body(get(BASE + "/services/" + CATEGORY + ".json"), 200);
        assertThat(Open311Schemas.problems("service-definition", definition)).isEmpty();
        assertThat((List<String>) JsonPath.read(definition, "$.attributes[?(@.required == true)].code"))
                .containsExactly("regency_code");
        Document definitionXml = Jsoup.parse(body(get(BASE + "/services/" + CATEGORY + ".xml"), 200), "",
                Parser.xmlParser());
        assertThat(definitionXml.select("service_definition > attributes > attribute > code").eachText())
                .containsExactly("regency_code", "title", "incident_date", "type");

        assertError(get(BASE + "/services/TIDAK-ADA.json"), 404, "TIDAK-ADA");
        assertError(get(BASE + "/services.yaml"), 404, "yaml");
        assertError(get(BASE + "/services.json").param("jurisdiction_id", "kota-lain.go.id"), 404, "kota-lain.go.id");
        body(get(BASE + "/services.json").param("jurisdiction_id", "sp4n.go.id"), 200);
    }

    @Test
    void shouldFileOnceThroughTheFormsRulesAndReadItBack() throws Exception {
        String first = body(filing("Puskesmas Sukajadi tutup sebelum jam pelayanan berakhir").header("Idempotency-Key",
                "siap-lapor-10001"), 201);
        String number = JsonPath.read(first, "$[0].service_request_id");
        assertThat((String) JsonPath.read(first, "$[0].service_notice")).contains(number);
        String again = body(filing("Puskesmas Sukajadi tutup sebelum jam pelayanan berakhir").header("Idempotency-Key",
                "siap-lapor-10001"), 200);
        assertThat((String) JsonPath.read(again, "$[0].service_request_id")).isEqualTo(number);
        assertThat(jdbc.sql("select count(*) from complaint where title like 'Puskesmas Sukajadi tutup%'")
                .query(Long.class).single()).isEqualTo(1);
        Map<String, Object> stored = jdbc.sql("""
                        select channel, door_agency_code, province_code, regency_code, reporter_email, title
                          from complaint where tracking_number = ?""")
                .param(number).query().singleRow();
        assertThat(stored).containsEntry("channel", "OPEN311").containsEntry("door_agency_code", "pemda-32.73")
                .containsEntry("province_code", "32").containsEntry("regency_code", "32.73")
                .containsEntry("reporter_email", "warga.open311@example.id")
                .containsEntry("title", "Puskesmas Sukajadi tutup sebelum jam pelayanan berakhir");

        String read = body(get(BASE + "/requests/" + number + ".json"), 200);
        assertThat(Open311Schemas.problems("requests", read)).isEmpty();
        assertThat((String) JsonPath.read(read, "$[0].status")).isEqualTo("open");
        assertThat((String) JsonPath.read(read, "$[0].service_code")).isEqualTo(CATEGORY);
        assertThat((String) JsonPath.read(read, "$[0].address")).contains("Bandung");
        assertThat(read).doesNotContain("warga.open311@example.id").doesNotContain("Warga");
        assertThat(body(get(BASE + "/tokens/" + number + ".json"), 200)).contains(number);

        String xml = body(filing("Pelayanan Puskesmas Cibeunying lambat sekali").header("Accept", "text/xml"), 201,
                BASE + "/requests.xml");
        assertThat(Jsoup.parse(xml, "", Parser.xmlParser()).select("service_requests > request > service_request_id")
                .text()).hasSize(number.length());
    }

    @Test
    void shouldRefuseBadFilingsAsAListAndStoreNothing() throws Exception {
        long before = jdbc.sql("select count(*) from complaint").query(Long.class).single();
        String noDescription = body(filing(null), 400);
        assertThat((List<String>) JsonPath.read(noDescription, "$[*].code")).containsOnly("400");
        assertThat((List<String>) JsonPath.read(noDescription, "$[*].description"))
                .anyMatch(d -> d.startsWith("description: "));
        String unknown = body(filing("Jalan rusak di depan sekolah dasar", Map.of("service_code", "TIDAK-ADA",
                "attribute[regency_code]", "99.99", "email", "bukan-alamat")), 400);
        assertThat((List<String>) JsonPath.read(unknown, "$[*].description"))
                .anyMatch(d -> d.startsWith("service_code: "))
                .anyMatch(d -> d.startsWith("attribute[regency_code]: "))
                .anyMatch(d -> d.startsWith("email: "));
        assertError(filing("Jalan rusak di depan sekolah dasar").header("Idempotency-Key", "dua kata"), 400,
                "Idempotency-Key");
        assertError(filing("Jalan rusak di depan sekolah dasar", Map.of("jurisdiction_id", "lain")), 404, "lain");
        String noContact = body(filing("Jalan rusak di depan sekolah dasar", Map.of("email", "")), 400);
        assertThat((List<String>) JsonPath.read(noContact, "$[*].description")).anyMatch(d -> d.startsWith("email: "));
        assertThat(jdbc.sql("select count(*) from complaint").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void shouldListWithTheStandardFiltersAndPagesAndKeepPrivateComplaintsOut() throws Exception {
        Instant start = Instant.now();
        String a = number(body(filing("Antrean Puskesmas Arcamanik panjang sekali"), 201));
        String b = number(body(filing("Obat di Puskesmas Arcamanik sering habis"), 201));
        String c = number(body(filing("Dokter Puskesmas Arcamanik jarang datang"), 201));
        String hidden = number(body(filing("Petugas Puskesmas Arcamanik meminta pungutan"), 201));
        String anonymous = number(body(filing("Loket Puskesmas Arcamanik tutup siang hari"), 201));
        jdbc.sql("update complaint set confidential = true where tracking_number = ?").param(hidden).update();
        jdbc.sql("update complaint set anonymous = true where tracking_number = ?").param(anonymous).update();

        String ids = String.join(",", a, b, c, hidden, anonymous);
        String listed = body(get(BASE + "/requests.json").param("service_request_id", ids), 200);
        assertThat(Open311Schemas.problems("requests", listed)).isEmpty();
        assertThat((List<String>) JsonPath.read(listed, "$[*].service_request_id")).containsExactly(c, b, a);
        assertError(get(BASE + "/requests/" + hidden + ".json"), 404, hidden);
        assertError(get(BASE + "/requests/" + anonymous + ".json"), 404, anonymous);

        // Routing changes a complaint after it is filed (asynchronously): page once it is done, oldest change first.
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql(
                "select count(*) from complaint where tracking_number in (?, ?, ?) and routed_at is not null")
                .param(a).param(b).param(c).query(Long.class).single() == 3);
        String since = start.toString();
        List<String> page1 = JsonPath.read(body(get(BASE + "/requests.json").param("updated_after", since)
                .param("service_request_id", String.join(",", a, b, c)).param("page_size", "2"), 200),
                "$[*].service_request_id");
        List<String> page2 = JsonPath.read(body(get(BASE + "/requests.json").param("updated_after", since)
                .param("service_request_id", String.join(",", a, b, c)).param("page_size", "2").param("page", "2"), 200),
                "$[*].service_request_id");
        assertThat(page1).hasSize(2);
        assertThat(page2).hasSize(1);
        assertThat(new java.util.ArrayList<>(page1) {{ addAll(page2); }}).containsExactlyInAnyOrder(a, b, c);
        assertThat(JsonPath.<List<String>>read(body(get(BASE + "/requests.json")
                .param("updated_after", Instant.now().plusSeconds(60).toString())
                .param("service_request_id", String.join(",", a, b, c)), 200), "$")).isEmpty();
        assertThat((List<String>) JsonPath.read(body(get(BASE + "/requests.json").param("service_request_id", ids)
                .param("status", "closed"), 200), "$")).isEmpty();
        assertThat((List<String>) JsonPath.read(body(get(BASE + "/requests.json").param("service_request_id", ids)
                .param("status", "open,closed").param("start_date", "2000-01-01"), 200), "$[*].service_request_id"))
                .containsExactly(c, b, a);
        Document xml = Jsoup.parse(body(get(BASE + "/requests.xml").param("service_request_id", ids), 200), "",
                Parser.xmlParser());
        assertThat(xml.select("service_requests > request > service_request_id").eachText()).containsExactly(c, b, a);

        assertError(get(BASE + "/requests.json").param("page_size", "0"), 400, "page_size");
        assertError(get(BASE + "/requests.json").param("page_size", "1001"), 400, "page_size");
        assertError(get(BASE + "/requests.json").param("page", "satu"), 400, "page");
        assertError(get(BASE + "/requests.json").param("start_date", "kemarin"), 400, "start_date");
        assertError(get(BASE + "/requests.json").param("updated_after", "2026-13-45"), 400, "updated_after");
        assertError(get(BASE + "/requests.json").param("status", "selesai"), 400, "selesai");
        assertError(get(BASE + "/requests.xml").param("status", "selesai"), 400, "selesai");
    }

    @Test
    void shouldTakeStatusUpdatesFromTheHandlingSystemAndListPublicUpdates() throws Exception {
        String number = number(body(filing("Puskesmas Antapani kekurangan tenaga bidan"), 201));
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql(
                "select count(*) from complaint where tracking_number = ? and routed_at is not null")
                .param(number).query(Long.class).single() == 1);
        Instant start = Instant.now();
        String taken = body(update(number, "antapani-1", "in_progress", null, Instant.now()), 200);
        assertThat((String) JsonPath.read(taken, "$[0].outcome")).isEqualTo("applied");
        String answered = body(update(number, "antapani-2", "closed", "Dua bidan baru ditempatkan mulai Senin.",
                Instant.now().plusSeconds(1)), 200);
        assertThat((String) JsonPath.read(answered, "$[0].status")).isEqualTo("closed");
        String replayed = body(update(number, "antapani-2", "closed", "Dua bidan baru ditempatkan mulai Senin.",
                Instant.now().plusSeconds(1)), 200);
        assertThat((String) JsonPath.read(replayed, "$[0].outcome")).isEqualTo("applied");
        String late = body(update(number, "antapani-3", "in_progress", null, start.minusSeconds(3600)), 409);
        assertThat((String) JsonPath.read(late, "$[0].outcome")).isEqualTo("stale");
        assertThat(jdbc.sql("""
                        select count(*) from complaint_entry e join complaint c on c.id = e.complaint_id
                         where c.tracking_number = ? and e.kind = 'RESPONSE'""").param(number)
                .query(Long.class).single()).isEqualTo(1);

        String updates = body(get(BASE + "/servicerequestupdates.json").param("start_date", start.minusSeconds(5)
                .toString()), 200);
        assertThat((List<String>) JsonPath.read(updates,
                "$[?(@.service_request_id == '" + number + "')].description"))
                .contains("Dua bidan baru ditempatkan mulai Senin.");
        Document xml = Jsoup.parse(body(get(BASE + "/servicerequestupdates.xml")
                .param("start_date", start.minusSeconds(5).toString()), 200), "", Parser.xmlParser());
        assertThat(xml.select("service_request_updates > request_update > service_request_id").eachText())
                .contains(number);

        assertError(update(number, "antapani-4", "selesai", null, Instant.now()), 400, "selesai");
        assertError(update(number, "antapani-5", "closed", "Tanpa waktu", null), 400, "updated_datetime");
        assertError(update(null, "antapani-6", "closed", "Tanpa nomor", Instant.now()), 400, "service_request_id");
        assertError(post(BASE + "/servicerequestupdates.json").param("service_request_id", number)
                .param("status", "closed").param("updated_datetime", Instant.now().toString()), 401, "kunci API");
    }

    private MockHttpServletRequestBuilder update(String number, String updateId, String status, String description,
                                                 Instant madeAt) {
        MockHttpServletRequestBuilder request = post(BASE + "/servicerequestupdates.json").param("api_key", key)
                .param("update_id", updateId).param("status", status);
        if (number != null) {
            request.param("service_request_id", number);
        }
        if (description != null) {
            request.param("description", description);
        }
        if (madeAt != null) {
            request.param("updated_datetime", madeAt.toString());
        }
        return request;
    }

    private MockHttpServletRequestBuilder filing(String description) {
        return filing(description, Map.of());
    }

    /** A filing as a regional app sends it; {@code changed} replaces fields (an empty value leaves one out). */
    private MockHttpServletRequestBuilder filing(String description, Map<String, String> changed) {
        Map<String, String> fields = new java.util.LinkedHashMap<>(Map.of("api_key", key, "service_code", CATEGORY,
                "attribute[regency_code]", "32.73", "first_name", "Warga", "last_name", "Sukajadi",
                "email", "warga.open311@example.id", "address_string", "Jl. Sukajadi 1"));
        if (description != null) {
            fields.put("description", description + "\nSudah tiga minggu begini.");
        }
        fields.putAll(changed);
        MockHttpServletRequestBuilder request = post(BASE + "/requests.json");
        fields.forEach((name, value) -> {
            if (!value.isEmpty()) {
                request.param(name, value);
            }
        });
        return request;
    }

    private String body(MockHttpServletRequestBuilder request, int status) throws Exception {
        return mvc.perform(request).andExpect(status().is(status)).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    private String body(MockHttpServletRequestBuilder request, int status, String path) throws Exception {
        return body(request.with(r -> {
            r.setRequestURI(path);
            r.setServletPath(path);
            return r;
        }), status);
    }

    private void assertError(MockHttpServletRequestBuilder request, int status, String mentioned) throws Exception {
        var response = mvc.perform(request).andExpect(status().is(status)).andReturn().getResponse();
        String body = response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        if (response.getContentType().contains("xml")) {
            Document xml = Jsoup.parse(body, "", Parser.xmlParser());
            assertThat(xml.select("errors > error > code").text()).isEqualTo(String.valueOf(status));
            assertThat(xml.select("errors > error > description").text()).contains(mentioned);
        } else {
            assertThat((List<String>) JsonPath.read(body, "$[*].code")).containsExactly(String.valueOf(status));
            assertThat((String) JsonPath.read(body, "$[0].description")).contains(mentioned);
        }
    }

    private static String number(String filed) {
        return JsonPath.read(filed, "$[0].service_request_id");
    }
}
