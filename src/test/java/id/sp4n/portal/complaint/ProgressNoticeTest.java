package id.sp4n.portal.complaint;

import static id.sp4n.portal.support.ComplaintFormMother.aComplaint;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMailUtil;
import id.sp4n.portal.complaint.handling.DeadlineWatch;
import id.sp4n.portal.identity.CitizenAccounts;
import id.sp4n.portal.identity.Role;
import id.sp4n.portal.support.PortalTest;
import id.sp4n.portal.support.StaffMother;
import id.sp4n.portal.support.TestMail;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Reporters and staff hear about progress by real mail (GreenMail) in their language, and signed-in people in
 * the notification centre; citizens can turn off mail that needs nothing from them.
 */
@PortalTest
class ProgressNoticeTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    StaffMother staffMother;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CitizenAccounts citizens;

    @Autowired
    DeadlineWatch watch;

    CaseworkSteps steps;
    UserDetails cityEducation;

    @BeforeEach
    void setUp() {
        steps = new CaseworkSteps(mvc, jdbc, staffMother);
        cityEducation = steps.staff("kabar.disdik.bandung@sp4n.test", Role.OFFICER, "pemda-32.73/DISDIK");
    }

    private static List<String> subjects(String address) {
        return TestMail.to(address).stream().map(m -> {
            try {
                return m.getSubject();
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static MimeMessage awaitMail(String address, String subjectPart) {
        return await().atMost(Duration.ofSeconds(15)).until(() -> TestMail.to(address).stream().filter(m -> {
            try {
                return m.getSubject().contains(subjectPart);
            } catch (MessagingException e) {
                return false;
            }
        }).toList(), l -> !l.isEmpty()).get(0);
    }

    @Test
    void shouldMailTheReporterEveryStepThatConcernsThemInTheirLanguage() throws Exception {
        String email = "kabar-" + UUID.randomUUID() + "@example.id";
        String number = steps.file(aComplaint().with("email", email), "pemda-32.73").number();
        steps.act(cityEducation, number, "tunda", "question", "Sekolah mana?");
        MimeMessage held = awaitMail(email, "meminta informasi");
        assertThat(GreenMailUtil.getBody(held)).contains("/lacak/" + number).contains("Batas waktu berhenti");
        assertThat(held.getContentType()).contains("multipart");

        String english = "news-" + UUID.randomUUID() + "@example.id";
        String other = mvc.perform(aComplaint().with("email", english).postTo("/instansi/pemda-32.73/lapor")
                        .cookie(new Cookie("sp4n-lang", "en")))
                .andReturn().getResponse().getRedirectedUrl().replaceAll(".*nomor=([^&]+).*", "$1");
        await().atMost(Duration.ofSeconds(10)).until(() -> steps.field(other, "routed_at is not null", Boolean.class));
        steps.act(cityEducation, other, "verifikasi", "type", "PENGADUAN", "categoryCode", "PENDIDIKAN-DASAR");
        steps.act(cityEducation, other, "tanggapan", "text", "The roof was repaired on Monday.");
        MimeMessage responded = awaitMail(english, "has a response");
        assertThat(GreenMailUtil.getBody(responded)).contains("reopen it within 10 working days");
    }

    @Test
    void shouldTellTheParentAgencysAdminsOfAnEscalationByMailAndInTheCentre() throws Exception {
        String adminEmail = "kabar.admin." + UUID.randomUUID().toString().substring(0, 8) + "@sp4n.test";
        UserDetails cityAdmin = steps.staff(adminEmail, Role.AGENCY_ADMIN, "pemda-32.73");
        String number = steps.file(aComplaint(), "pemda-32.73").number();
        jdbc.sql("update complaint set due_on = current_date - 5 where tracking_number = ?").param(number).update();

        watch.sweep();

        MimeMessage escalated = awaitMail(adminEmail, "Eskalasi");
        assertThat(GreenMailUtil.getBody(escalated)).contains("/petugas/laporan/" + number);
        // The notice commits with the end of the listener, a moment after the mail went out.
        await().atMost(Duration.ofSeconds(10)).until(() -> mvc.perform(get("/").with(user(cityAdmin))).andReturn()
                .getResponse().getContentAsString().contains("belum dibaca"));
        mvc.perform(get("/notifikasi").with(user(cityAdmin)))
                .andExpect(content().string(containsString("dieskalasi ke Pemerintah Kota Bandung")));
        long id = jdbc.sql("""
                        select n.id from notification n join account a on a.id = n.account_id
                         where a.email = ? order by n.id desc limit 1""").param(adminEmail).query(Long.class).single();
        mvc.perform(post("/notifikasi/" + id).with(user(cityAdmin)).with(csrf()))
                .andExpect(redirectedUrl("/petugas/laporan/" + number));
        assertThat(jdbc.sql("select read_at is not null from notification where id = ?").param(id)
                .query(Boolean.class).single()).isTrue();
        // Somebody else's notice is not theirs to open.
        mvc.perform(post("/notifikasi/" + id).with(user(cityEducation)).with(csrf()))
                .andExpect(status().isNotFound());
    }

    @Test
    void shouldLeaveOutProgressMailACitizenTurnedOffButNeverWhatNeedsThem() throws Exception {
        String email = "warga-" + UUID.randomUUID() + "@example.id";
        citizens.createVerifiedIfAbsent(email, "Kopi-Gayo-Kabar-2026", "Rahmat");
        Cookie session = mvc.perform(formLogin("/masuk").userParameter("email").user(email)
                .password("Kopi-Gayo-Kabar-2026")).andReturn().getResponse().getCookie("SESSION");
        mvc.perform(post("/notifikasi/email").cookie(session).with(csrf()))
                .andExpect(redirectedUrl("/notifikasi?tersimpan"));
        String number = mvc.perform(aComplaint().postTo("/instansi/pemda-32.73/lapor").cookie(session))
                .andReturn().getResponse().getRedirectedUrl().replaceAll(".*nomor=([^&]+).*", "$1");
        await().atMost(Duration.ofSeconds(10)).until(() -> steps.field(number, "routed_at is not null", Boolean.class));
        // Receipt is essential: mailed even with progress mail off.
        assertThat(GreenMailUtil.getBody(awaitMail(email, "telah diterima"))).contains("/lacak/" + number);

        steps.act(cityEducation, number, "verifikasi", "type", "PENGADUAN", "categoryCode", "PENDIDIKAN-MENENGAH");
        // The forward is in the centre …
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql("""
                select count(*) from notification n join account a on a.id = n.account_id
                 where a.email = ? and n.message_code = 'notice.FORWARDED.body'""").param(email)
                .query(Integer.class).single() == 1);
        // … but not in the mailbox; the hold request, which needs an answer, is.
        UserDetails provinceEducation = steps.staff("kabar.disdik.jabar@sp4n.test", Role.OFFICER, "pemda-32/DISDIK");
        steps.act(provinceEducation, number, "tunda", "question", "Kelas berapa?");
        awaitMail(email, "meminta informasi");
        assertThat(subjects(email)).noneMatch(subject -> subject.contains("diteruskan"));
        mvc.perform(get("/notifikasi").cookie(session))
                .andExpect(content().string(containsString("diteruskan ke Dinas Pendidikan Provinsi Jawa Barat")));
    }

    @Test
    void shouldMailForwardsArchivingAndReopeningToWhoeverItConcerns() throws Exception {
        String email = "urutan-" + UUID.randomUUID() + "@example.id";
        CaseworkSteps.Filed forwarded = steps.file(aComplaint().with("email", email), "pemda-32.73");
        steps.act(cityEducation, forwarded.number(), "verifikasi", "type", "PENGADUAN", "categoryCode",
                "PENDIDIKAN-MENENGAH");
        assertThat(GreenMailUtil.getBody(awaitMail(email, "diteruskan")))
                .contains("Dinas Pendidikan Provinsi Jawa Barat").contains("/lacak/" + forwarded.number());

        String other = "arsip-" + UUID.randomUUID() + "@example.id";
        String archived = steps.file(aComplaint().with("email", other), "pemda-32.73").number();
        steps.act(cityEducation, archived, "arsipkan", "reason", "NOT_PUBLIC_SERVICE");
        assertThat(awaitMail(other, "diarsipkan").getSubject()).contains(new TrackingNumber(archived).display());

        String officer = "kabar.buka." + UUID.randomUUID().toString().substring(0, 8) + "@sp4n.test";
        UserDetails holder = steps.staff(officer, Role.OFFICER, "pemda-32.73/DISDIK");
        CaseworkSteps.Filed answered = steps.file(aComplaint(), "pemda-32.73");
        steps.act(holder, answered.number(), "verifikasi", "type", "PENGADUAN", "categoryCode", "PENDIDIKAN-DASAR");
        steps.act(holder, answered.number(), "tanggapan", "text", "Sudah diperbaiki.");
        steps.reporter(answered, "buka-kembali", "reason", "Belum diperbaiki.");
        assertThat(GreenMailUtil.getBody(awaitMail(officer, "dibuka kembali")))
                .contains("/petugas/laporan/" + answered.number());
    }
}
