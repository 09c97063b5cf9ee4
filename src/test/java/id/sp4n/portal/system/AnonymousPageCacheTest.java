package id.sp4n.portal.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;

import jakarta.servlet.http.Cookie;

import id.sp4n.portal.identity.Role;
import id.sp4n.portal.support.MutableClock;
import id.sp4n.portal.support.PortalTest;
import id.sp4n.portal.support.StaffMother;
import id.sp4n.portal.support.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Anonymous visitors' public pages come from a copy at most five seconds old (a kept copy carries an {@code Age}
 * header); everyone who could see something else — signed in, just wrote, another language — and every page with a
 * form or a person gets a fresh one, and never leaves a copy behind for others. With its own clock, so the test
 * decides when copies are old, and the cache switched on (the other tests run without it).
 */
@PortalTest
@Import(TestClock.class)
@TestPropertySource(properties = "portal.pages.server-cache-ttl=PT5S")
class AnonymousPageCacheTest {

    /** Shaped like Spring Session's (the Base64 of a UUID): the request filter drops anything else as forged. */
    private static final Cookie SESSION = new Cookie("SESSION", Base64.getEncoder().encodeToString(
            UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8)));

    @Autowired
    MockMvc mvc;

    @Autowired
    MutableClock clock;

    @Autowired
    StaffMother staffMother;

    /** Every copy kept by an earlier test is out of date. */
    @BeforeEach
    void forgetEarlierCopies() {
        clock.advance(Duration.ofMinutes(1));
    }

    private MockHttpServletResponse fetch(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/instansi", "/instansi/pemda-32.73", "/privasi", "/laporan?province=32"})
    void shouldAnswerTheSameAnonymousRequestFromACopyUntilItIsFiveSecondsOld(String path) throws Exception {
        MockHttpServletResponse fresh = fetch(get(path));
        assertThat(fresh.getHeader("Age")).isNull();

        clock.advance(Duration.ofSeconds(4));
        MockHttpServletResponse kept = fetch(get(path));
        assertThat(kept.getHeader("Age")).isEqualTo("4");
        assertThat(kept.getContentAsString()).isEqualTo(fresh.getContentAsString());
        assertThat(kept.getContentType()).isEqualTo(fresh.getContentType());
        for (String header : new String[] {"Content-Security-Policy", "X-Content-Type-Options", "X-Frame-Options",
                "Cache-Control", "Content-Language"}) {
            assertThat(kept.getHeaders(header)).as(header).isEqualTo(fresh.getHeaders(header));
        }
        assertThat(kept.getHeader("Content-Security-Policy")).isNotBlank();

        clock.advance(Duration.ofMillis(1001));
        assertThat(fetch(get(path)).getHeader("Age")).as("older than five seconds: rendered again").isNull();
    }

    @Test
    void shouldKeepAPublicListForThePortalOnlyNotForBrowsers() throws Exception {
        fetch(get("/laporan"));
        MockHttpServletResponse kept = fetch(get("/laporan"));
        assertThat(kept.getHeader("Age")).isEqualTo("0");
        assertThat(kept.getHeader("Cache-Control")).contains("no-store");
    }

    @Test
    void shouldKeepOneCopyPerLanguage() throws Exception {
        String indonesian = fetch(get("/instansi")).getContentAsString();
        MockHttpServletResponse english = fetch(get("/instansi").cookie(new Cookie("sp4n-lang", "en")));
        assertThat(english.getHeader("Age")).isNull();
        assertThat(english.getContentAsString()).isNotEqualTo(indonesian).contains("lang=\"en\"");
        assertThat(fetch(get("/instansi").cookie(new Cookie("sp4n-lang", "en"))).getContentAsString())
                .isEqualTo(english.getContentAsString());
        assertThat(fetch(get("/instansi")).getContentAsString()).isEqualTo(indonesian);
    }

    @Test
    void shouldGiveSignedInVisitorsAndRecentWritersAFreshPageAndKeepNothingOfTheirs() throws Exception {
        MockHttpServletResponse signedIn = fetch(get("/").cookie(SESSION)
                .with(user(staffMother.staff("salinan.petugas@sp4n.test", Role.OFFICER, "pemda-32.73/DISDIK"))));
        assertThat(signedIn.getHeader("Age")).isNull();
        assertThat(fetch(get("/")).getHeader("Age")).as("the signed-in page was not kept for others").isNull();

        assertThat(fetch(get("/")).getHeader("Age")).isEqualTo("0");
        assertThat(fetch(get("/").cookie(SESSION)).getHeader("Age")).isNull();
        assertThat(fetch(get("/").cookie(new Cookie("sp4n-baru-menulis", "1"))).getHeader("Age")).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/lapor", "/lacak", "/masuk", "/?lang=en"})
    void shouldNeverKeepFormsOrPagesThatSetACookie(String path) throws Exception {
        fetch(get(path));
        assertThat(fetch(get(path)).getHeader("Age")).isNull();
    }
}
