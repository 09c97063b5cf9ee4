package id.sp4n.portal.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.time.Duration;

import id.sp4n.portal.support.MutableClock;
import id.sp4n.portal.support.PortalTest;
import id.sp4n.portal.support.StaffMother;
import id.sp4n.portal.support.TestClock;
import id.sp4n.portal.support.TestMail;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Password reset by real mail (issue 17): the same answer for a known and an unknown address, a one-time link that
 * expires after an hour, at most one mail per address in five minutes, and the new password works at once.
 */
@PortalTest
@Import(TestClock.class)
class PasswordResetTest {

    private static final String NEW_PASSWORD = "kata-sandi-baru-yang-panjang-2026";

    @Autowired
    MockMvc mvc;

    @Autowired
    StaffMother staffMother;

    @Autowired
    MutableClock clock;

    private ResultActions ask(String email) throws Exception {
        return mvc.perform(post("/lupa-sandi").with(csrf()).param("email", email));
    }

    private static String pathOf(String link) {
        URI uri = URI.create(link);
        return uri.getRawPath() + "?" + uri.getRawQuery();
    }

    private Document page(ResultActions result) throws Exception {
        return Jsoup.parse(result.andReturn().getResponse().getContentAsString());
    }

    @Test
    void shouldResetThePasswordThroughAOneTimeMailedLink() throws Exception {
        String email = "uji.lupa.sandi@sp4n.test";
        staffMother.staff(email, Role.OFFICER, "pemda-32.73/DISDIK");

        Document sent = page(ask(email).andExpect(status().isOk()));
        assertThat(sent.select("[data-reset-sent]")).hasSize(1);
        String link = TestMail.firstLink(TestMail.awaitTo(email, 1).get(0));
        assertThat(link).contains("/atur-ulang-sandi?token=");

        mvc.perform(get(pathOf(link))).andExpect(status().isOk());
        // Too short: refused, nothing changes, the link still works.
        mvc.perform(post("/atur-ulang-sandi").with(csrf()).param("token", tokenOf(link)).param("password", "pendek")
                .param("passwordConfirmation", "pendek")).andExpect(status().isBadRequest());
        mvc.perform(post("/atur-ulang-sandi").with(csrf()).param("token", tokenOf(link))
                        .param("password", NEW_PASSWORD).param("passwordConfirmation", NEW_PASSWORD))
                .andExpect(redirectedUrl("/masuk?sandiBaru"));

        mvc.perform(formLogin("/masuk").user("email", email).password(NEW_PASSWORD)).andExpect(authenticated());
        mvc.perform(formLogin("/masuk").user("email", email).password(StaffMother.PASSWORD))
                .andExpect(unauthenticated());
        // One time only.
        assertThat(page(mvc.perform(get(pathOf(link))).andExpect(status().isNotFound()))
                .select("[data-reset-invalid]")).hasSize(1);
    }

    @Test
    void shouldAnswerTheSameForAnAddressWithoutAnAccountAndMailNothing() throws Exception {
        String unknown = "tidak.terdaftar.sama.sekali@example.id";
        String known = "uji.lupa.sama@sp4n.test";
        staffMother.staff(known, Role.OFFICER, "pemda-32.73/DISDIK");

        String forUnknown = page(ask(unknown).andExpect(status().isOk())).select("main").text();
        String forKnown = page(ask(known).andExpect(status().isOk())).select("main").text();

        assertThat(forUnknown).isEqualTo(forKnown);
        // Nothing usable typed: the same page, no error.
        assertThat(page(ask("").andExpect(status().isOk())).select("main").text()).isEqualTo(forKnown);
        assertThat(page(ask("a".repeat(300) + "@example.id").andExpect(status().isOk())).select("main").text())
                .isEqualTo(forKnown);
        TestMail.awaitTo(known, 1);
        assertThat(TestMail.to(unknown)).isEmpty();
    }

    @Test
    void shouldSendAtMostOneMailInFiveMinutesAndLetALinkExpireAfterAnHour() throws Exception {
        String email = "uji.lupa.banjir@sp4n.test";
        staffMother.staff(email, Role.OFFICER, "pemda-32.73/DISDIK");

        ask(email);
        ask(email);
        String link = TestMail.firstLink(TestMail.awaitTo(email, 1).get(0));
        Thread.sleep(1000);
        assertThat(TestMail.to(email)).hasSize(1);

        clock.advance(Duration.ofMinutes(61));
        mvc.perform(get(pathOf(link))).andExpect(status().isNotFound());
        ask(email);
        assertThat(TestMail.awaitTo(email, 2)).hasSize(2);
    }

    private static String tokenOf(String link) {
        return link.substring(link.indexOf("token=") + "token=".length());
    }
}
