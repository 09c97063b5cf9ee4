package id.sp4n.portal.complaint;

import static id.sp4n.portal.support.ComplaintFormMother.aComplaint;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import id.sp4n.portal.identity.Role;
import id.sp4n.portal.support.ComplaintFormMother;
import id.sp4n.portal.support.PortalTest;
import id.sp4n.portal.support.SampleFiles;
import id.sp4n.portal.support.StaffMother;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/** Officers' casework through the pages, down to PostgreSQL: who sees what, the actions, conflicts. */
@PortalTest
class CaseworkTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    StaffMother staffMother;

    @Autowired
    JdbcClient jdbc;

    CaseworkSteps steps;
    UserDetails cityEducation;
    UserDetails otherCityEducation;
    UserDetails provinceAdmin;
    UserDetails oversight;
    UserDetails nationalAdmin;

    @BeforeEach
    void enrolStaff() {
        steps = new CaseworkSteps(mvc, jdbc, staffMother);
        cityEducation = steps.staff("uji.disdik.bandung@sp4n.test", Role.OFFICER, "pemda-32.73/DISDIK");
        otherCityEducation = steps.staff("uji.disdik.bogor@sp4n.test", Role.OFFICER, "pemda-32.01/DISDIK");
        provinceAdmin = steps.staff("uji.admin.jabar@sp4n.test", Role.AGENCY_ADMIN, "pemda-32");
        oversight = steps.staff("uji.ombudsman@sp4n.test", Role.OVERSIGHT, "ombudsman");
        nationalAdmin = steps.staff("uji.admin.nasional@sp4n.test", Role.NATIONAL_ADMIN, "kemenpanrb");
    }

    private String fileAtCityDoor(ComplaintFormMother form) throws Exception {
        return steps.file(form, "pemda-32.73").number();
    }

    private <T> T field(String number, String expression, Class<T> type) {
        return steps.field(number, expression, type);
    }

    private long version(String number) {
        return steps.version(number);
    }

    private MockHttpServletRequestBuilder verifyAs(UserDetails who, String number, long version, String category) {
        return post("/petugas/laporan/" + number + "/verifikasi").with(user(who)).with(csrf())
                .param("version", String.valueOf(version)).param("type", "PENGADUAN")
                .param("categoryCode", category);
    }

    @Test
    void shouldShowTheComplaintOnlyToTheAgencyHoldingIt() throws Exception {
        String number = fileAtCityDoor(aComplaint());

        mvc.perform(get("/petugas").with(user(cityEducation)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-tracking-number=\"" + number + "\"")));
        mvc.perform(get("/petugas").with(user(otherCityEducation)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(number))));
        // Guessing another agency's case URL looks exactly like an unknown number.
        mvc.perform(get("/petugas/laporan/" + number).with(user(otherCityEducation))).andExpect(status().isNotFound());
        mvc.perform(get("/petugas/laporan/" + number).with(user(cityEducation))).andExpect(status().isOk());
    }

    @Test
    void shouldKeepCitizensAndGuestsOutOfTheInbox() throws Exception {
        mvc.perform(get("/petugas")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/petugas").with(user("warga@sp4n.test").roles("CITIZEN")))
                .andExpect(status().isForbidden());
    }

    @Test
    void shouldForwardToTheProvinceWhenVerificationFindsAProvincialAffair() throws Exception {
        String number = fileAtCityDoor(aComplaint());
        assertThat(field(number, "current_agency_code", String.class)).isEqualTo("pemda-32.73/DISDIK");

        mvc.perform(verifyAs(cityEducation, number, version(number), "PENDIDIKAN-MENENGAH"))
                .andExpect(status().is3xxRedirection());

        assertThat(field(number, "current_agency_code", String.class)).isEqualTo("pemda-32/DISDIK");
        assertThat(field(number, "status", String.class)).isEqualTo("IN_PROGRESS");
        assertThat(jdbc.sql("""
                        select h.to_agency_code from complaint_hop h join complaint c on c.id = h.complaint_id
                         where c.tracking_number = ? order by h.seq""").param(number).query(String.class).list())
                .endsWith("pemda-32.73", "pemda-32", "pemda-32/DISDIK");
        assertThat(jdbc.sql("select action from audit_log where object_id = ?").param(number).query(String.class).list())
                .containsExactly("VERIFY_AND_FORWARD");
        // The city unit handled it before: it may still read it, but no longer act.
        mvc.perform(get("/petugas/laporan/" + number).with(user(cityEducation)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Anda hanya dapat membaca laporan ini")));
        // The province's admin sees it in the subtree inbox and responds.
        mvc.perform(get("/petugas").with(user(provinceAdmin)))
                .andExpect(content().string(containsString("data-tracking-number=\"" + number + "\"")));
        mvc.perform(post("/petugas/laporan/" + number + "/tanggapan").with(user(provinceAdmin)).with(csrf())
                        .param("version", String.valueOf(version(number)))
                        .param("text", "Sekolah sudah kami datangi; perbaikan atap dijadwalkan minggu depan."))
                .andExpect(status().is3xxRedirection());
        assertThat(field(number, "status", String.class)).isEqualTo("RESPONDED");
        // The response is public; the citizen reads it on the tracking page.
        mvc.perform(get("/lacak/" + number))
                .andExpect(content().string(containsString("perbaikan atap dijadwalkan minggu depan")))
                .andExpect(content().string(containsString("Tanggapan dan percakapan")));
    }

    @Test
    void shouldStayHereWhenTheVerifiedCategoryBelongsHere() throws Exception {
        String number = fileAtCityDoor(aComplaint());
        mvc.perform(verifyAs(cityEducation, number, version(number), "PENDIDIKAN-DASAR"))
                .andExpect(status().is3xxRedirection());
        assertThat(field(number, "current_agency_code", String.class)).isEqualTo("pemda-32.73/DISDIK");
        assertThat(field(number, "status", String.class)).isEqualTo("IN_PROGRESS");
    }

    @Test
    void shouldLetOversightReadButNotChange() throws Exception {
        String number = fileAtCityDoor(aComplaint());
        mvc.perform(get("/petugas/laporan/" + number).with(user(oversight))).andExpect(status().isOk());
        mvc.perform(verifyAs(oversight, number, version(number), "PENDIDIKAN-DASAR")).andExpect(status().isForbidden());
        assertThat(field(number, "status", String.class)).isEqualTo("SUBMITTED");
    }

    @Test
    void shouldRefuseAStaleVersionAndSayWhoChangedIt() throws Exception {
        String number = fileAtCityDoor(aComplaint());
        long seen = version(number);
        mvc.perform(post("/petugas/laporan/" + number + "/catatan").with(user(cityEducation)).with(csrf())
                        .param("version", String.valueOf(seen)).param("text", "Cek lokasi besok pagi."))
                .andExpect(status().is3xxRedirection());

        mvc.perform(verifyAs(cityEducation, number, seen, "PENDIDIKAN-DASAR"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Petugas pemda-32.73/DISDIK mengubah laporan ini")))
                .andExpect(content().string(containsString("href=\"/petugas/laporan/" + number + "\"")));
        assertThat(field(number, "status", String.class)).isEqualTo("SUBMITTED");
    }

    @Test
    void shouldLetOnlyOneOfTwoSimultaneousActionsThrough() throws Exception {
        String number = fileAtCityDoor(aComplaint());
        long seen = version(number);
        Callable<Integer> verify = () -> mvc.perform(verifyAs(cityEducation, number, seen, "PENDIDIKAN-DASAR"))
                .andReturn().getResponse().getStatus();
        Callable<Integer> respondAsAdmin = () -> mvc.perform(verifyAs(provinceAdmin, number, seen, "PENDIDIKAN-DASAR"))
                .andReturn().getResponse().getStatus();
        var pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> results = pool.invokeAll(List.of(verify, respondAsAdmin));
            List<Integer> statuses = List.of(results.get(0).get(), results.get(1).get());
            assertThat(statuses).containsExactlyInAnyOrder(302, 409);
        } finally {
            pool.shutdown();
        }
        assertThat(jdbc.sql("select count(*) from audit_log where object_id = ?").param(number)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void shouldRefuseBadInputWithAMessageAndChangeNothing() throws Exception {
        String number = fileAtCityDoor(aComplaint().with("anonymous", "true"));
        long seen = version(number);
        mvc.perform(post("/petugas/laporan/" + number + "/tanggapan").with(user(cityEducation)).with(csrf())
                        .param("version", String.valueOf(seen)).param("text", "Sudah ditangani."))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("laporan berstatus Belum diverifikasi")));
        mvc.perform(post("/petugas/laporan/" + number + "/catatan").with(user(cityEducation)).with(csrf())
                        .param("version", String.valueOf(seen)).param("text", "  "))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Tulis catatan terlebih dahulu")));
        // Unticking "anonymous" would loosen privacy.
        mvc.perform(verifyAs(cityEducation, number, seen, "PENDIDIKAN-DASAR"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("tidak dapat dilonggarkan")));
        mvc.perform(verifyAs(cityEducation, number, seen, "PENDIDIKAN-DASAR").param("anonymous", "true")
                        .param("title", "Bocor"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Judul harus 10 sampai 150 karakter")));
        mvc.perform(verifyAs(cityEducation, number, seen, "SIHIR").param("anonymous", "true"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Kategori ini tidak dikenal")));
        assertThat(version(number)).isEqualTo(seen);
        assertThat(jdbc.sql("select count(*) from complaint_entry e join complaint c on c.id = e.complaint_id "
                + "where c.tracking_number = ?").param(number).query(Long.class).single()).isZero();
    }

    @Test
    void shouldExplainABadInboxFilter() throws Exception {
        mvc.perform(get("/petugas").param("agency", "pemda-99").with(user(provinceAdmin)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Tidak ada instansi dengan kode pemda-99")));
        mvc.perform(get("/petugas").param("status", "SELESAI-SEMUA").with(user(cityEducation)))
                .andExpect(status().isBadRequest());
    }

    @Test
    void shouldHideAnAnonymousReporterUntilTheNationalAdminRevealsIt() throws Exception {
        ComplaintFormMother form = aComplaint().with("anonymous", "true");
        String number = fileAtCityDoor(form);
        mvc.perform(get("/petugas/laporan/" + number).with(user(cityEducation)))
                .andExpect(content().string(containsString("Identitas disembunyikan")))
                .andExpect(content().string(not(containsString(form.field("name")))))
                .andExpect(content().string(not(containsString(form.field("email")))));
        mvc.perform(post("/petugas/laporan/" + number + "/identitas").with(user(provinceAdmin)).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/petugas/laporan/" + number + "/identitas").with(user(nationalAdmin)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(form.field("name"))));
        assertThat(jdbc.sql("select action from audit_log where object_id = ?").param(number).query(String.class).list())
                .containsExactly("REVEAL_IDENTITY");
    }

    @Test
    void shouldNeverShowAnInternalNoteToThePublic() throws Exception {
        String number = fileAtCityDoor(aComplaint());
        mvc.perform(post("/petugas/laporan/" + number + "/catatan").with(user(cityEducation)).with(csrf())
                        .param("version", String.valueOf(version(number))).param("text", "Kepala sekolah sulit dihubungi."))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/petugas/laporan/" + number).with(user(cityEducation)))
                .andExpect(content().string(containsString("Kepala sekolah sulit dihubungi.")));
        mvc.perform(get("/lacak/" + number))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Kepala sekolah sulit dihubungi."))));
    }

    @Test
    void shouldServeAttachmentsToStaffAsDownloads() throws Exception {
        String number = fileAtCityDoor(aComplaint().withFile("surat.pdf", "application/pdf", SampleFiles.pdf("Surat keterangan")));
        long id = jdbc.sql("select a.id from complaint_attachment a join complaint c on c.id = a.complaint_id "
                + "where c.tracking_number = ?").param(number).query(Long.class).single();
        mvc.perform(get("/petugas/laporan/" + number + "/lampiran/" + id).with(user(cityEducation)))
                .andExpect(status().isOk())
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Content-Disposition", containsString("attachment")));
        mvc.perform(get("/petugas/laporan/" + number + "/lampiran/" + id).with(user(otherCityEducation)))
                .andExpect(status().isNotFound());
    }
}
