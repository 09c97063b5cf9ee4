package id.sp4n.portal.notification;

import static id.sp4n.portal.support.ComplaintFormMother.aComplaint;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;

import id.sp4n.portal.support.TestMail;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Links in mail point where the portal really is (issue 17): with no {@code portal.public-url} configured, at the
 * port the server actually listens on (here a random one), never at a fixed 8080 and never at a request's Host.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "portal.intake.submissions-per-hour=0")
class MailLinkTest {

    @LocalServerPort
    int port;

    @Test
    void shouldLinkToThePortTheServerReallyListensOn() throws Exception {
        String email = "tautan.port@example.id";
        String body = aComplaint().with("email", email).fields().entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<String> filed = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/v1/complaints"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(filed.statusCode()).isEqualTo(201);

        MimeMessage mail = TestMail.awaitTo(email, 1).get(0);

        assertThat(port).isNotEqualTo(8080);
        assertThat(TestMail.firstLink(mail)).startsWith("http://localhost:" + port + "/lacak/");
    }
}
