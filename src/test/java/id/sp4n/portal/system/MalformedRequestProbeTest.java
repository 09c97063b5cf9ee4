package id.sp4n.portal.system;

import static id.sp4n.portal.support.ComplaintFormMother.aComplaint;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.stream.Stream;

import id.sp4n.portal.identity.Role;
import id.sp4n.portal.support.PortalTest;
import id.sp4n.portal.support.StaffMother;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/**
 * Malformed requests as a table, so the fixes stay fixed: every row must get a 4xx with the portal's explanation,
 * never a 500, and nothing may be written. The error pass of Spring MVC is replayed as the container does it, so the
 * error page or JSON body is what a person or client really gets.
 */
@PortalTest
class MalformedRequestProbeTest {

    private static final String NUL = "\u0000";

    @Autowired
    MockMvc mvc;

    @Autowired
    StaffMother staffMother;

    @Autowired
    JdbcClient jdbc;

    private UserDetails nationalAdmin() {
        return staffMother.staff("probe.nasional@sp4n.test", Role.NATIONAL_ADMIN, "kemenpanrb");
    }

    private UserDetails officer() {
        return staffMother.staff("probe.petugas@sp4n.test", Role.OFFICER, "pemda-32.73/DISDIK");
    }

    /** Performs the request and, when it ended in {@code sendError}, the container's error dispatch to /error. */
    private MockHttpServletResponse answer(AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
        var result = mvc.perform(request).andReturn();
        MockHttpServletResponse response = result.getResponse();
        if (response.getErrorMessage() != null || (response.getStatus() >= 400 && response.getContentLength() == 0
                && response.getContentAsString().isEmpty())) {
            var error = get("/error").requestAttr(RequestDispatcher.ERROR_STATUS_CODE, response.getStatus())
                    .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, result.getRequest().getRequestURI());
            result.getRequest().getAttributeNames().asIterator().forEachRemaining(name ->
                    error.requestAttr(name, result.getRequest().getAttribute(name)));
            String accept = result.getRequest().getHeader("Accept");
            error.header("Accept", accept == null ? MediaType.ALL_VALUE : accept);
            return mvc.perform(error).andReturn().getResponse();
        }
        return response;
    }

    static Stream<Arguments> nulInQueries() {
        return Stream.of(Arguments.of("/instansi", "q"), Arguments.of("/laporan", "q"), Arguments.of("/lacak", "nomor"),
                Arguments.of("/api/v1/agencies", "q"), Arguments.of("/api/v1/categories/suggestions", "text"),
                Arguments.of("/instansi/pemda-32.73/lapor", "kategori"), Arguments.of("/masuk", "terkunci"));
    }

    @ParameterizedTest(name = "NUL in {1} of {0}")
    @MethodSource("nulInQueries")
    void shouldRefuseANulInAQueryWithAClearMessage(String path, String parameter) throws Exception {
        MockHttpServletResponse response = answer(get(path).param(parameter, "abc" + NUL + "def")
                .accept(MediaType.TEXT_HTML));
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentAsString()).contains("karakter kendali");
    }

    @Test
    void shouldRefuseANulThatArrivesEncodedInTheRawQuery() throws Exception {
        MockHttpServletResponse response = answer(get(java.net.URI.create("/instansi?q=abc%00def"))
                .accept(MediaType.TEXT_HTML));
        assertThat(response.getStatus()).isEqualTo(400);
    }

    @Test
    void shouldRefuseANulInAFormFieldAndStoreNothing() throws Exception {
        long before = jdbc.sql("select count(*) from complaint").query(Long.class).single();
        for (String field : List.of("title", "description", "name", "address")) {
            MockHttpServletResponse response = answer(aComplaint().with(field, "Teks biasa" + NUL + " lalu sisa teks")
                    .postTo("/lapor").accept(MediaType.TEXT_HTML));
            assertThat(response.getStatus()).as(field).isEqualTo(400);
            assertThat(response.getContentAsString()).contains("karakter kendali");
        }
        assertThat(jdbc.sql("select count(*) from complaint").query(Long.class).single()).isEqualTo(before);
        assertThat(answer(post("/daftar").with(csrf()).param("name", "A" + NUL).param("email", "x@example.id")
                .param("password", "Sungai-Citarum-2026").param("passwordConfirmation", "Sungai-Citarum-2026"))
                .getStatus()).isEqualTo(400);
    }

    @Test
    void shouldAnswerTheApiWithTheDocumentedJsonBody() throws Exception {
        MockHttpServletResponse response = answer(get("/api/v1/agencies").param("q", "a" + NUL)
                .accept(MediaType.APPLICATION_JSON));
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentType()).startsWith(MediaType.APPLICATION_JSON_VALUE);
        assertThat(response.getContentAsString()).contains("\"status\":400", "\"error\":\"Bad Request\"",
                "\"message\":\"Permintaan berisi karakter kendali");
    }

    @Test
    void shouldTreatAForgedSessionCookieAsNoSession() throws Exception {
        for (String value : List.of("!!!bukan-base64!!!", "YWJj", "%00")) {
            Cookie forged = new Cookie("SESSION", value);
            assertThat(answer(get("/").cookie(forged)).getStatus()).as(value).isEqualTo(200);
            assertThat(answer(get("/actuator/health").cookie(forged)).getStatus()).as(value).isEqualTo(200);
        }
    }

    @Test
    void shouldRefuseAMultipartBodyWithoutABoundary() throws Exception {
        MockHttpServletResponse response = answer(post("/lapor").with(csrf()).contentType("multipart/form-data")
                .content("--x\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\nAtap\r\n--x--\r\n")
                .accept(MediaType.TEXT_HTML));
        assertThat(response.getStatus()).isBetween(400, 499);
    }

    @Test
    void shouldRefuseAbsurdNumbersWithA400() throws Exception {
        UserDetails admin = nationalAdmin();
        for (String path : List.of("/admin/libur?year=999999999", "/admin/libur-nasional?year=999999999",
                "/admin/audit?page=2147483647", "/admin/audit?page=-1", "/laporan?page=2147483647",
                "/admin/libur-nasional.csv?year=-5")) {
            MockHttpServletResponse response = answer(get(path).with(user(admin)).accept(MediaType.TEXT_HTML));
            assertThat(response.getStatus()).as(path).isBetween(200, 499);
            assertThat(response.getStatus()).as(path).isNotEqualTo(500);
        }
    }

    @Test
    void shouldSendThePermissionsPolicyAndKeepTheAgencyExportForAdmins() throws Exception {
        MockHttpServletResponse home = answer(get("/"));
        assertThat(home.getHeader("Permissions-Policy")).contains("camera=()", "geolocation=()");
        assertThat(answer(get("/admin/instansi.csv").with(user(officer()))).getStatus()).isEqualTo(403);
        assertThat(answer(get("/admin/instansi.csv").with(user(nationalAdmin()))).getStatus()).isEqualTo(200);
    }

    /** Denied by default and handled by nothing: "not found" for everyone, the national admin included (issue 17). */
    @Test
    void shouldAnswerAPathNoModuleNamesWithNotFoundEvenToTheNationalAdmin() throws Exception {
        assertThat(answer(get("/halaman-yang-tidak-ada").with(user(nationalAdmin()))).getStatus()).isEqualTo(404);
        assertThat(answer(get("/halaman-yang-tidak-ada")).getStatus()).isEqualTo(404);
    }
}
