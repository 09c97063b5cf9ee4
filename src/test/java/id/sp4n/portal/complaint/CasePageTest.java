package id.sp4n.portal.complaint;

import static id.sp4n.portal.support.ComplaintFormMother.aComplaint;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import id.sp4n.portal.identity.Role;
import id.sp4n.portal.support.PortalTest;
import id.sp4n.portal.support.StaffMother;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The officers' workspace (issue 17): one action panel with the sensible next step open and the rest folded, a
 * message after each action that says where the complaint went, refusals beside the form with the input kept, and
 * an inbox that sorts by time limit and shows what is assigned to the officer.
 */
@PortalTest
class CasePageTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    StaffMother staffMother;

    @Autowired
    JdbcClient jdbc;

    CaseworkSteps steps;
    UserDetails cityEducation;
    UserDetails cityAdmin;

    @BeforeEach
    void enrolStaff() {
        steps = new CaseworkSteps(mvc, jdbc, staffMother);
        cityEducation = steps.staff("uji.meja.disdik@sp4n.test", Role.OFFICER, "pemda-32.73/DISDIK");
        cityAdmin = steps.staff("uji.meja.admin@sp4n.test", Role.AGENCY_ADMIN, "pemda-32.73");
    }

    private Document page(UserDetails who, String path) throws Exception {
        return Jsoup.parse(mvc.perform(get(path).with(user(who))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString());
    }

    private static Document parse(ResultActions result) throws Exception {
        return Jsoup.parse(result.andReturn().getResponse().getContentAsString());
    }

    private static List<String> panel(Document page) {
        return page.select("[data-actions] details").eachAttr("data-action");
    }

    private static List<String> open(Document page) {
        return page.select("[data-actions] details[open]").eachAttr("data-action");
    }

    @Test
    void shouldOfferTheNextSensibleActionFirstAndFoldTheOthers() throws Exception {
        String number = steps.file(aComplaint(), "pemda-32.73").number();

        Document fresh = page(cityEducation, "/petugas/laporan/" + number);
        assertThat(panel(fresh)).first().isEqualTo("VERIFY");
        assertThat(open(fresh)).containsExactly("VERIFY");
        assertThat(fresh.select("details[data-action=VERIFY] [data-recommended]")).hasSize(1);
        assertThat(panel(fresh)).contains("HOLD", "FORWARD", "ARCHIVE", "NOTE").doesNotContain("RESPOND");
        // Officer wording for the privacy choices, not the citizen's "my identity".
        assertThat(fresh.select("label[for=verify-anonymous]").text()).contains("identitas pelapor");

        String back = steps.act(cityEducation, number, "verifikasi", "type", "PENGADUAN", "categoryCode",
                "PENDIDIKAN-DASAR").andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        Document verified = page(cityEducation, back);
        assertThat(verified.select("[data-done-where]").text())
                .isEqualTo("Posisi laporan sekarang: Dinas Pendidikan Kota Bandung, status Ditindaklanjuti.");
        assertThat(panel(verified)).first().isEqualTo("RESPOND");
        assertThat(open(verified)).containsExactly("RESPOND");
    }

    @Test
    void shouldSayWhereTheComplaintWentWhenVerificationMovesItAway() throws Exception {
        String number = steps.file(aComplaint(), "pemda-32.73").number();

        String back = steps.act(cityEducation, number, "verifikasi", "type", "PENGADUAN", "categoryCode",
                "PENDIDIKAN-MENENGAH").andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();

        Document moved = page(cityEducation, back);
        assertThat(moved.select("[data-done]").text())
                .contains("Laporan sudah diverifikasi.")
                .contains("Posisi laporan sekarang: Dinas Pendidikan Provinsi Jawa Barat, status Ditindaklanjuti.")
                .contains("Anda hanya dapat membacanya");
        assertThat(moved.select("[data-actions]")).isEmpty();
    }

    @Test
    void shouldRefuseBesideTheFormKeepTheInputAndNeverCallARuleAConflict() throws Exception {
        String number = steps.file(aComplaint(), "pemda-32.73").number();

        Document badOriginal = parse(steps.act(cityEducation, number, "arsipkan", "reason", "DUPLICATE",
                "original", "ZZZZ99999999", "note", "Sama dengan laporan minggu lalu.")
                .andExpect(status().isBadRequest()));
        assertThat(badOriginal.select("[data-refusal]").text()).contains("Tidak ada laporan dengan nomor \"ZZZZ99999999\"");
        assertThat(open(badOriginal)).containsExactly("ARCHIVE");
        Element archive = badOriginal.selectFirst("details[data-action=ARCHIVE]");
        assertThat(archive.select("[data-refused-here]").text()).startsWith("Ditolak:");
        assertThat(archive.select("#archive-note").text()).isEqualTo("Sama dengan laporan minggu lalu.");
        assertThat(archive.select("#archive-original").val()).isEqualTo("ZZZZ99999999");
        assertThat(steps.field(number, "status", String.class)).isEqualTo("SUBMITTED");

        // A rule of the state (no response before verification): 409, but worded as the rule, not as a conflict.
        Document early = parse(steps.act(cityEducation, number, "tanggapan", "text", "Sudah kami tangani.")
                .andExpect(status().isConflict()));
        assertThat(early.select("[data-refusal]").text()).contains("Tindakan tidak disimpan");
        assertThat(early.text()).doesNotContain("diubah orang lain");
        assertThat(steps.field(number, "status", String.class)).isEqualTo("SUBMITTED");
    }

    @Test
    void shouldSortTheInboxByTimeLimitAndShowWhatIsAssignedToMe() throws Exception {
        String first = steps.file(aComplaint(), "pemda-32.73").number();
        String second = steps.file(aComplaint(), "pemda-32.73").number();
        String notMine = steps.file(aComplaint(), "pemda-32.73").number();
        long officerId = jdbc.sql("select id from account where email = 'uji.meja.disdik@sp4n.test'")
                .query(Long.class).single();
        for (String number : List.of(first, second)) {
            steps.act(cityAdmin, number, "tugaskan", "assignee", "officer:" + officerId)
                    .andExpect(status().is3xxRedirection());
        }
        // The later one's limit is nearer (as after a forward that restarted the other's clock).
        jdbc.sql("update complaint set due_on = due_on - 2 where tracking_number = ?").param(second).update();

        Document mine = page(cityEducation, "/petugas?saya=true&sort=DUE_FIRST");
        List<String> byDue = mine.select("tr[data-tracking-number]").eachAttr("data-tracking-number");
        assertThat(byDue).contains(first, second).doesNotContain(notMine);
        assertThat(byDue.indexOf(second)).isLessThan(byDue.indexOf(first));
        assertThat(page(cityEducation, "/petugas?saya=true&sort=OLDEST").select("tr[data-tracking-number]")
                .eachAttr("data-tracking-number")).containsSubsequence(first, second);
        assertThat(mine.select("#mine").hasAttr("checked")).isTrue();
        // The title is the link; the number is shown beside it.
        Element row = mine.selectFirst("tr[data-tracking-number=" + first + "]");
        assertThat(row.select("a").first().attr("href")).isEqualTo("/petugas/laporan/" + first);
        assertThat(row.select("a").first().text()).isEqualTo("Atap ruang kelas sekolah bocor");
    }

    @Test
    void shouldFilterTheInboxByAnAgencysNameAsWellAsItsCode() throws Exception {
        String number = steps.file(aComplaint(), "pemda-32.73").number();

        assertThat(page(cityAdmin, "/petugas?agency=dinas pendidikan kota bandung")
                .select("tr[data-tracking-number]").eachAttr("data-tracking-number")).contains(number);
        assertThat(page(cityAdmin, "/petugas?agency=Dinas Kesehatan Kota Bandung")
                .select("tr[data-tracking-number]").eachAttr("data-tracking-number")).doesNotContain(number);
        Document ambiguous = Jsoup.parse(mvc.perform(get("/petugas").param("agency", "Dinas Pendidikan")
                        .with(user(cityAdmin))).andExpect(status().isBadRequest()).andReturn().getResponse()
                .getContentAsString());
        assertThat(ambiguous.text()).contains("Beberapa instansi cocok dengan \"Dinas Pendidikan\"");
    }
}
