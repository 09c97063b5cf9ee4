package id.sp4n.portal.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The portal behind a TLS proxy, over real HTTP to the embedded Tomcat: forwarded headers from a trusted proxy (here
 * loopback) make the request HTTPS, so HSTS is sent, cookies are Secure and redirects stay on https; the same headers
 * from an untrusted address would be ignored (Tomcat's RemoteIpValve, docs/0025). The raw NUL and the forged session
 * cookie are tried here too, as a client really sends them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BehindProxyTest {

    @LocalServerPort
    int port;

    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder to(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    }

    @Test
    void shouldSendHstsSecureCookiesAndHttpsRedirectsBehindATlsProxy() throws Exception {
        HttpResponse<String> page = send(to("/masuk").header("X-Forwarded-Proto", "https")
                .header("X-Forwarded-Host", "lapor.example.go.id").header("X-Forwarded-For", "203.0.113.9"));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Strict-Transport-Security")).hasValueSatisfying(hsts ->
                assertThat(hsts).contains("max-age=31536000"));
        assertThat(page.headers().allValues("Set-Cookie")).isNotEmpty().allSatisfy(cookie ->
                assertThat(cookie).contains("Secure"));

        HttpResponse<String> redirect = send(to("/petugas").header("X-Forwarded-Proto", "https")
                .header("X-Forwarded-Host", "lapor.example.go.id"));
        assertThat(redirect.statusCode()).isEqualTo(302);
        assertThat(redirect.headers().firstValue("Location")).hasValueSatisfying(location ->
                assertThat(location).startsWith("https://lapor.example.go.id/masuk"));
    }

    @Test
    void shouldRefuseAHostThatIsNotThePortals() throws Exception {
        HttpResponse<String> direct = send(to("/petugas").header("Accept", "text/html").header("X-Forwarded-Host",
                "penipu.example"));
        assertThat(direct.statusCode()).isEqualTo(400);
        assertThat(direct.headers().firstValue("Location")).isEmpty();
        assertThat(direct.body()).contains("bukan alamat portal ini");

        HttpResponse<String> api = send(to("/api/v1/agencies/pemda-32").header("X-Forwarded-Host", "penipu.example"));
        assertThat(api.statusCode()).isEqualTo(400);
        assertThat(api.body()).contains("\"status\":400");
    }

    @Test
    void shouldSendNoHstsOverPlainHttp() throws Exception {
        HttpResponse<String> page = send(to("/masuk"));
        assertThat(page.headers().firstValue("Strict-Transport-Security")).isEmpty();
        assertThat(page.headers().firstValue("Permissions-Policy")).hasValueSatisfying(policy ->
                assertThat(policy).contains("camera=()"));
    }

    @Test
    void shouldAnswerARawNulWith400AndAForgedSessionCookieAsNoSession() throws Exception {
        HttpResponse<String> nul = send(to("/instansi?q=abc%00def").header("Accept", "text/html"));
        assertThat(nul.statusCode()).isEqualTo(400);
        assertThat(nul.body()).contains("karakter kendali");

        HttpResponse<String> api = send(to("/api/v1/agencies?q=abc%00def").header("Accept", "application/json"));
        assertThat(api.statusCode()).isEqualTo(400);
        assertThat(api.body()).contains("\"status\":400").contains("\"message\":");

        assertThat(send(to("/actuator/health").header("Cookie", "SESSION=!!!")).statusCode()).isEqualTo(200);
        assertThat(send(to("/").header("Cookie", "SESSION=YWJj")).statusCode()).isEqualTo(200);
    }

    @Test
    void shouldCompressTextAndServeTheStylesheetUnderAContentHashedName() throws Exception {
        HttpResponse<String> home = send(to("/").header("Accept-Encoding", "gzip"));
        assertThat(home.headers().firstValue("Content-Encoding")).hasValue("gzip");

        String plain = send(to("/")).body();
        java.util.regex.Matcher css = java.util.regex.Pattern.compile("/assets/css/portal-[0-9a-f]{32}\\.css")
                .matcher(plain);
        assertThat(css.find()).as("a content-hashed portal.css link").isTrue();
        assertThat(plain).containsPattern("/assets/js/frame-[0-9a-f]{32}\\.js");
        HttpResponse<String> stylesheet = send(to(css.group()).header("Accept-Encoding", "gzip"));
        assertThat(stylesheet.statusCode()).isEqualTo(200);
        assertThat(stylesheet.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(stylesheet.headers().firstValue("Cache-Control")).hasValueSatisfying(cache ->
                assertThat(cache).contains("max-age=31536000"));
    }
}
