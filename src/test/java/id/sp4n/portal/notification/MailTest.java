package id.sp4n.portal.notification;

import static id.sp4n.portal.support.ComplaintFormMother.aComplaint;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.util.GreenMailUtil;
import id.sp4n.portal.identity.Role;
import id.sp4n.portal.support.PortalTest;
import id.sp4n.portal.support.StaffMother;
import id.sp4n.portal.support.TestMail;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Mail goes out through a real SMTP server (GreenMail), in the language the person used. */
@PortalTest
class MailTest {

    @Autowired
    MockMvc mvc;

    private static MimeMessage awaitMailTo(String address) {
        return TestMail.awaitTo(address, 1).get(0);
    }

    @Test
    void shouldMailAGuestTheirPrivateTrackingLinkInIndonesian() throws Exception {
        String email = "tamu-" + UUID.randomUUID() + "@example.id";
        MvcResult result = mvc.perform(aComplaint().with("email", email).postTo("/lapor")).andReturn();
        String redirect = result.getResponse().getRedirectedUrl();
        String number = redirect.replaceAll(".*nomor=([^&]+).*", "$1");
        String key = redirect.replaceAll(".*kunci=([^&]+).*", "$1");

        MimeMessage mail = awaitMailTo(email);

        assertThat(mail.getSubject()).contains("telah diterima").contains(number.substring(0, 4));
        String body = GreenMailUtil.getBody(mail);
        assertThat(body).contains("/lacak/" + number + "?kunci=" + key).contains("Nomor pelacakan");
        assertThat(mail.getContentType()).contains("multipart");
    }

    @Test
    void shouldMailInEnglishWhenTheGuestUsedEnglish() throws Exception {
        String email = "guest-" + UUID.randomUUID() + "@example.id";
        mvc.perform(aComplaint().with("email", email).postTo("/lapor")
                .cookie(new jakarta.servlet.http.Cookie("sp4n-lang", "en"))).andExpect(status().is3xxRedirection());

        MimeMessage mail = awaitMailTo(email);

        assertThat(mail.getSubject()).contains("has been received");
        assertThat(GreenMailUtil.getBody(mail)).contains("Tracking number");
    }

    @Test
    void shouldRegisterACitizenWhoConfirmsByMailAndThenSignsIn() throws Exception {
        String email = "warga-" + UUID.randomUUID() + "@example.id";
        mvc.perform(post("/daftar").with(csrf()).param("name", "Dewi Lestari").param("email", email)
                        .param("password", "Sungai-Citarum-2026").param("passwordConfirmation", "Sungai-Citarum-2026"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Periksa e-mail Anda")));

        mvc.perform(formLogin("/masuk").userParameter("email").user(email).password("Sungai-Citarum-2026"))
                .andExpect(unauthenticated());

        String link = TestMail.firstLink(awaitMailTo(email));
        String token = link.replaceAll(".*token=([A-Za-z0-9_-]+).*", "$1");
        mvc.perform(get("/daftar/verifikasi").param("token", token))
                .andExpect(content().string(Matchers.containsString("E-mail terkonfirmasi")));
        mvc.perform(get("/daftar/verifikasi").param("token", token))
                .andExpect(content().string(Matchers.containsString("Tautan tidak berlaku")));

        mvc.perform(formLogin("/masuk").userParameter("email").user(email).password("Sungai-Citarum-2026"))
                .andExpect(authenticated().withRoles("CITIZEN"));
    }

    @Test
    void shouldRefuseWeakPasswordsAndMismatches() throws Exception {
        mvc.perform(post("/daftar").with(csrf()).param("name", "A").param("email", "a-" + UUID.randomUUID() + "@example.id")
                        .param("password", "bismillah").param("passwordConfirmation", "bismillah"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(Matchers.containsString("terlalu umum")));
        mvc.perform(post("/daftar").with(csrf()).param("name", "A").param("email", "b-" + UUID.randomUUID() + "@example.id")
                        .param("password", "pendek").param("passwordConfirmation", "pendek"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(Matchers.containsString("minimal 8 karakter")));
        mvc.perform(post("/daftar").with(csrf()).param("name", "A").param("email", "c-" + UUID.randomUUID() + "@example.id")
                        .param("password", "Sungai-Citarum-2026").param("passwordConfirmation", "Sungai-Brantas-2026"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(Matchers.containsString("tidak sama")));
        mvc.perform(post("/daftar").with(csrf()).param("name", "").param("email", "bukan-email")
                        .param("password", "Sungai-Citarum-2026").param("passwordConfirmation", "Sungai-Citarum-2026"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(Matchers.containsString("Nama wajib diisi")))
                .andExpect(content().string(Matchers.containsString("Alamat e-mail tidak valid")));
    }

    @Autowired
    StaffMother staffMother;

    @Autowired
    JdbcClient jdbc;

    private String passwordHashOf(String email) {
        return jdbc.sql("select password_hash from account where email = ?").param(email).query(String.class).single();
    }

    @Test
    void shouldAnswerATakenAddressLikeANewOneAndMailItsOwnerInstead() throws Exception {
        String staff = "terdaftar-" + UUID.randomUUID() + "@sp4n.test";
        staffMother.staff(staff, Role.OFFICER, "pemda-32.73");
        String hashBefore = passwordHashOf(staff);
        String fresh = "baru-" + UUID.randomUUID() + "@example.id";

        String forTaken = mvc.perform(post("/daftar").with(csrf()).param("name", "Penyusup").param("email", staff)
                        .param("password", "Sungai-Musi-2026").param("passwordConfirmation", "Sungai-Musi-2026"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String forNew = mvc.perform(post("/daftar").with(csrf()).param("name", "Penyusup").param("email", fresh)
                        .param("password", "Sungai-Musi-2026").param("passwordConfirmation", "Sungai-Musi-2026"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(forTaken.replace(staff, "ADDRESS").replaceAll("name=\"_csrf\" value=\"[^\"]*\"", ""))
                .isEqualTo(forNew.replace(fresh, "ADDRESS").replaceAll("name=\"_csrf\" value=\"[^\"]*\"", ""));
        assertThat(passwordHashOf(staff)).as("the staff password is untouched").isEqualTo(hashBefore);
        MimeMessage notice = awaitMailTo(staff);
        assertThat(notice.getSubject()).isEqualTo("Alamat e-mail Anda sudah terdaftar");
        assertThat(GreenMailUtil.getBody(notice)).contains("/masuk").doesNotContain("token=");
        mvc.perform(formLogin("/masuk").userParameter("email").user(staff).password("Sungai-Musi-2026"))
                .andExpect(unauthenticated());
    }
}
