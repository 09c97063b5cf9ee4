package id.sp4n.portal.complaint;

import static id.sp4n.portal.support.ComplaintFormMother.aComplaint;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import id.sp4n.portal.identity.CitizenAccounts;
import id.sp4n.portal.support.PortalTest;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** A signed-in citizen files as themself, sees the complaint under "Laporan saya" and sees all of it. */
@PortalTest
class MyComplaintsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    CitizenAccounts citizens;

    @Test
    void shouldListACitizensOwnComplaintsAndShowThemInFull() throws Exception {
        String email = "pelapor-" + UUID.randomUUID() + "@example.id";
        citizens.createVerifiedIfAbsent(email, "Kopi-Aceh-Gayo-2026", "Nur Aini");
        MvcResult login = mvc.perform(formLogin("/masuk").userParameter("email").user(email)
                .password("Kopi-Aceh-Gayo-2026")).andReturn();
        Cookie session = login.getResponse().getCookie("SESSION");

        // The guest fields are ignored: a signed-in citizen files as themself.
        MvcResult filed = mvc.perform(aComplaint().with("title", "Lampu jalan mati di gang kami")
                        .with("name", "Nama Lain").with("email", "lain@example.id").with("confidential", "true")
                        .postTo("/lapor").cookie(session))
                .andExpect(redirectedUrlPattern("/lapor/terkirim?nomor=*&kunci=*")).andReturn();
        String number = filed.getResponse().getRedirectedUrl().replaceAll(".*nomor=([^&]+).*", "$1");

        mvc.perform(get("/laporan-saya").cookie(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(number)))
                .andExpect(content().string(containsString("Lampu jalan mati di gang kami")));
        // Confidential: hidden from the public, but its reporter sees it, signed in, without the key.
        mvc.perform(get("/lacak/{n}", number)).andExpect(status().isNotFound());
        mvc.perform(get("/lacak/{n}", number).cookie(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Nur Aini")))
                .andExpect(content().string(containsString(email)))
                .andExpect(content().string(not(containsString("lain@example.id"))));
    }

    @Test
    void shouldLetASignedInReporterAnswerWithoutTheKeyAndNobodyElse() throws Exception {
        String email = "pelapor-" + UUID.randomUUID() + "@example.id";
        citizens.createVerifiedIfAbsent(email, "Kopi-Toraja-2026", "Yohanes");
        Cookie session = mvc.perform(formLogin("/masuk").userParameter("email").user(email)
                .password("Kopi-Toraja-2026")).andReturn().getResponse().getCookie("SESSION");
        String other = "lain-" + UUID.randomUUID() + "@example.id";
        citizens.createVerifiedIfAbsent(other, "Kopi-Kintamani-2026", "Orang Lain");
        Cookie otherSession = mvc.perform(formLogin("/masuk").userParameter("email").user(other)
                .password("Kopi-Kintamani-2026")).andReturn().getResponse().getCookie("SESSION");
        String number = mvc.perform(aComplaint().postTo("/lapor").cookie(session)).andReturn().getResponse()
                .getRedirectedUrl().replaceAll(".*nomor=([^&]+).*", "$1");

        mvc.perform(post("/lacak/{n}/balas", number).with(csrf()).cookie(otherSession).param("text", "Bukan saya."))
                .andExpect(status().isNotFound());
        mvc.perform(post("/lacak/{n}/balas", number).with(csrf()).cookie(session)
                        .param("text", "Tambahan: kejadian berulang setiap Senin."))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/lacak/{n}", number).cookie(session))
                .andExpect(content().string(containsString("Tambahan: kejadian berulang setiap Senin.")));
    }

    @Test
    void shouldAskGuestsToSignInForTheirOwnList() throws Exception {
        mvc.perform(get("/laporan-saya")).andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl("/masuk"));
    }
}
