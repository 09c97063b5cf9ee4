package id.sp4n.portal.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import id.sp4n.portal.support.PortalTest;
import jakarta.servlet.http.Cookie;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The integrator's documentation: the OpenAPI 3 description generated from the code names every integration call and
 * the key scheme, and nothing of the HTML pages; the guide is public in both languages and its examples use this
 * portal's own address and the calls that exist.
 */
@PortalTest
class IntegrationDocsTest {

    @Autowired
    MockMvc mvc;

    @Test
    void shouldDescribeTheIntegrationCallsInOpenApi() throws Exception {
        String docs = mvc.perform(get("/v3/api-docs")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat((String) JsonPath.read(docs, "$.openapi")).startsWith("3.");
        Map<String, Object> paths = JsonPath.read(docs, "$.paths");
        assertThat(paths).containsKeys("/open311/v2/requests.{format}", "/open311/v2/services.{format}",
                "/open311/v2/servicerequestupdates.{format}", "/api/v1/integration/complaints",
                "/api/v1/integration/complaints/{number}/updates", "/api/v1/integration/webhooks");
        assertThat(paths.keySet()).allMatch(path -> path.startsWith("/open311/") || path.startsWith("/api/v1/"));
        assertThat((String) JsonPath.read(docs, "$.components.securitySchemes.apiKey.name")).isEqualTo("X-API-Key");
        mvc.perform(get("/swagger-ui.html")).andExpect(status().is3xxRedirection());
    }

    @Test
    void shouldGuideInBothLanguagesWithWorkingExamples() throws Exception {
        Document guide = Jsoup.parse(mvc.perform(get("/integrasi")).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(guide.select("h1").text()).isEqualTo("Panduan integrasi sistem pengaduan daerah");
        String examples = guide.select("pre code").text();
        assertThat(examples).contains("export PORTAL=http://localhost")
                .contains("/open311/v2/requests.json").contains("/api/v1/integration/complaints")
                .contains("/api/v1/integration/webhooks").contains("/updates");
        assertThat(guide.select("a[href=/v3/api-docs]")).hasSize(1);
        Document english = Jsoup.parse(mvc.perform(get("/integrasi").cookie(new Cookie("sp4n-lang", "en")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(english.select("h1").text()).isEqualTo("Guide to integrating regional complaint systems");
    }
}
