package id.sp4n.portal.complaint;

import static id.sp4n.portal.support.ComplaintFormMother.aComplaint;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import id.sp4n.portal.complaint.handling.AccessKey;
import id.sp4n.portal.identity.PortalUser;
import id.sp4n.portal.identity.Role;
import id.sp4n.portal.support.AttachmentCorpus;
import id.sp4n.portal.support.PortalTest;
import id.sp4n.portal.support.StaffMother;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Hold, forward ("bukan wewenang"), assign, archive, responses with files and templates, and the reporter's
 * answers (reply, accept, rate, reopen, appeal), through the pages and down to PostgreSQL, bad input included.
 */
@PortalTest
class CaseworkActionsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    StaffMother staffMother;

    @Autowired
    JdbcClient jdbc;

    CaseworkSteps steps;
    UserDetails cityEducation;
    UserDetails cityEducationColleague;
    UserDetails cityHealth;
    UserDetails cityGovernment;
    UserDetails provinceAdmin;
    UserDetails nationalAdmin;

    @BeforeEach
    void enrolStaff() {
        steps = new CaseworkSteps(mvc, jdbc, staffMother);
        cityEducation = steps.staff("aksi.disdik.bandung@sp4n.test", Role.OFFICER, "pemda-32.73/DISDIK");
        cityEducationColleague = steps.staff("aksi.disdik2.bandung@sp4n.test", Role.OFFICER, "pemda-32.73/DISDIK");
        cityHealth = steps.staff("aksi.dinkes.bandung@sp4n.test", Role.OFFICER, "pemda-32.73/DINKES");
        cityGovernment = steps.staff("aksi.pemkot.bandung@sp4n.test", Role.OFFICER, "pemda-32.73");
        provinceAdmin = steps.staff("aksi.admin.jabar@sp4n.test", Role.AGENCY_ADMIN, "pemda-32");
        nationalAdmin = steps.staff("aksi.admin.nasional@sp4n.test", Role.NATIONAL_ADMIN, "kemenpanrb");
    }

    /** Filed at the city's door as primary education: the city's education office holds it. */
    private CaseworkSteps.Filed filed() throws Exception {
        return steps.file(aComplaint(), "pemda-32.73");
    }

    private String stateOf(String number) {
        return steps.field(number, "status", String.class);
    }

    private String holder(String number) {
        return steps.field(number, "current_agency_code", String.class);
    }

    /** Verified where it is (primary education stays with the city) and responded by the city's education office. */
    private CaseworkSteps.Filed responded() throws Exception {
        CaseworkSteps.Filed filed = filed();
        steps.act(cityEducation, filed.number(), "verifikasi", "type", "PENGADUAN", "categoryCode", "PENDIDIKAN-DASAR")
                .andExpect(status().is3xxRedirection());
        steps.act(cityEducation, filed.number(), "tanggapan", "text", "Atap sudah kami perbaiki pada hari Senin.")
                .andExpect(status().is3xxRedirection());
        assertThat(stateOf(filed.number())).isEqualTo("RESPONDED");
        return filed;
    }

    @Test
    void shouldHoldUntilTheReporterAnswersAndThenReturnToTheQueue() throws Exception {
        CaseworkSteps.Filed filed = filed();
        steps.act(cityEducation, filed.number(), "tunda", "question", " ").andExpect(status().isBadRequest());
        assertThat(stateOf(filed.number())).isEqualTo("SUBMITTED");

        steps.act(cityEducation, filed.number(), "tunda", "question", "Sekolah mana dan di kelurahan apa?")
                .andExpect(status().is3xxRedirection());
        assertThat(stateOf(filed.number())).isEqualTo("ON_HOLD");
        assertThat(steps.field(filed.number(), "due_on is null", Boolean.class)).isTrue();
        // The question is public; the reporter is asked to answer.
        mvc.perform(get("/lacak/" + filed.number()))
                .andExpect(content().string(containsString("Sekolah mana dan di kelurahan apa?")));
        mvc.perform(get("/lacak/" + filed.number()).param("kunci", filed.key()))
                .andExpect(content().string(containsString("Instansi meminta informasi tambahan")));

        steps.reporter(filed, "balas", "text", "SDN 045 Dago, Kelurahan Lebakgede.")
                .andExpect(status().is3xxRedirection());
        assertThat(stateOf(filed.number())).isEqualTo("SUBMITTED");
        assertThat(steps.field(filed.number(), "due_on is null", Boolean.class)).isFalse();
        // The reporter's reply is for the reporter and the agencies, not the public.
        mvc.perform(get("/lacak/" + filed.number()))
                .andExpect(content().string(not(containsString("SDN 045 Dago"))));
        mvc.perform(get("/petugas/laporan/" + filed.number()).with(user(cityEducation)))
                .andExpect(content().string(containsString("SDN 045 Dago")))
                .andExpect(content().string(containsString("Balasan pelapor")));
        assertThat(steps.auditedActions(filed.number())).containsExactly("HOLD", "REPLY");
    }

    @Test
    void shouldForwardWithAReasonAndNeverBounceStraightBack() throws Exception {
        String number = filed().number();
        steps.act(cityEducation, number, "teruskan", "target", "pemda-32.73/DINKES", "reason",
                "Keluhan tentang puskesmas, bukan sekolah.").andExpect(status().is3xxRedirection());
        assertThat(holder(number)).isEqualTo("pemda-32.73/DINKES");
        assertThat(stateOf(number)).isEqualTo("SUBMITTED");
        mvc.perform(get("/lacak/" + number))
                .andExpect(content().string(containsString("bukan wewenangnya")))
                .andExpect(content().string(containsString("Keluhan tentang puskesmas, bukan sekolah.")));

        // The health office cannot send it straight back …
        steps.act(cityHealth, number, "teruskan", "target", "pemda-32.73/DISDIK", "reason", "Ini soal sekolah.")
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("tidak dapat langsung dikembalikan")));
        assertThat(holder(number)).isEqualTo("pemda-32.73/DINKES");
        // … but it can pass it on to the city government, and the national desk may decide anything.
        steps.act(cityHealth, number, "teruskan", "target", "pemda-32.73", "reason", "Mohon pemkot memutuskan.")
                .andExpect(status().is3xxRedirection());
        assertThat(holder(number)).isEqualTo("pemda-32.73");
        assertThat(steps.field(number, "officer_forwards", Integer.class)).isEqualTo(2);
    }

    @Test
    void shouldRefuseBadForwardsAndChangeNothing() throws Exception {
        String number = filed().number();
        long before = steps.version(number);
        steps.act(cityEducation, number, "teruskan", "target", "pemda-32.73/DINKES", "reason", "")
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("Tulis alasan")));
        steps.act(cityEducation, number, "teruskan", "target", "tidak-ada", "reason", "Salah alamat.")
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("tidak dikenal")));
        steps.act(cityEducation, number, "teruskan", "target", "pemda-32.73/DISDIK", "reason", "Salah alamat.")
                .andExpect(status().isConflict());
        assertThat(steps.version(number)).isEqualTo(before);
        assertThat(holder(number)).isEqualTo("pemda-32.73/DISDIK");

        // A responded complaint cannot be forwarded away (and "not our authority" never closes anything).
        String answered = responded().number();
        steps.act(cityEducation, answered, "teruskan", "target", "pemda-32.73/DINKES", "reason", "Salah alamat.")
                .andExpect(status().isConflict());
        assertThat(stateOf(answered)).isEqualTo("RESPONDED");
    }

    @Test
    void shouldLetTheNationalDeskDecideAfterThreeForwards() throws Exception {
        String number = filed().number();
        steps.act(cityEducation, number, "teruskan", "target", "pemda-32.73/DINKES", "reason", "Bukan sekolah.");
        steps.act(cityHealth, number, "teruskan", "target", "pemda-32.73", "reason", "Bukan kesehatan.");
        steps.act(cityGovernment, number, "teruskan", "target", "pemda-32.73/DISDIK", "reason", "Ternyata sekolah.")
                .andExpect(status().is3xxRedirection());
        assertThat(holder(number)).isEqualTo("pemda-32.73/DISDIK");
        mvc.perform(get("/petugas/laporan/" + number).with(user(cityEducation)))
                .andExpect(content().string(containsString("meja nasional yang akan memutuskan")));

        // The fourth "not ours" goes to the national desk, whatever target was chosen.
        steps.act(cityEducation, number, "teruskan", "target", "pemda-32.73/DINKES", "reason", "Tetap bukan sekolah.")
                .andExpect(status().is3xxRedirection());
        assertThat(holder(number)).isEqualTo("kemenpanrb");
        assertThat(steps.hopTargets(number)).endsWith("pemda-32.73/DINKES", "pemda-32.73", "pemda-32.73/DISDIK",
                "kemenpanrb");
        // The national desk decides, and its decision is not limited by the count.
        steps.act(nationalAdmin, number, "teruskan", "target", "pemda-32.73/DISDIK", "reason", "Ini urusan sekolah dasar.")
                .andExpect(status().is3xxRedirection());
        assertThat(holder(number)).isEqualTo("pemda-32.73/DISDIK");
        assertThat(stateOf(number)).isEqualTo("SUBMITTED");
    }

    @Test
    void shouldAssignToAnOfficerOrAUnitOfTheHolderOnly() throws Exception {
        String number = filed().number();
        long colleague = ((PortalUser) cityEducationColleague).accountId();
        long outsider = ((PortalUser) cityHealth).accountId();
        steps.act(cityEducation, number, "tugaskan", "assignee", "officer:" + outsider)
                .andExpect(status().isBadRequest());
        steps.act(cityEducation, number, "tugaskan", "assignee", "").andExpect(status().isBadRequest());
        steps.act(cityEducation, number, "tugaskan", "assignee", "officer:" + colleague)
                .andExpect(status().is3xxRedirection());
        assertThat(steps.field(number, "assigned_name", String.class)).isEqualTo("Petugas pemda-32.73/DISDIK");
        mvc.perform(get("/petugas").with(user(cityEducationColleague)))
                .andExpect(content().string(containsString("Ditugaskan: Petugas pemda-32.73/DISDIK")));

        // A city government passes a complaint down to one of its units: a hop, not a "not ours" forward.
        String atCity = steps.file(aComplaint().with("categoryCode", ""), "pemda-32.73").number();
        assertThat(holder(atCity)).isEqualTo("pemda-32.73");
        steps.act(cityGovernment, atCity, "tugaskan", "assignee", "unit:pemda-32/DISDIK")
                .andExpect(status().isBadRequest());
        steps.act(cityGovernment, atCity, "tugaskan", "assignee", "unit:pemda-32.73/DINKES")
                .andExpect(status().is3xxRedirection());
        assertThat(holder(atCity)).isEqualTo("pemda-32.73/DINKES");
        assertThat(steps.field(atCity, "officer_forwards", Integer.class)).isZero();
    }

    @Test
    void shouldArchiveADuplicateAndLetItsReporterFollowTheOriginal() throws Exception {
        CaseworkSteps.Filed original = responded();
        CaseworkSteps.Filed duplicate = filed();
        CaseworkSteps.Filed third = filed();

        steps.act(cityEducation, duplicate.number(), "arsipkan", "reason", "DUPLICATE", "original", "BUKANNOMOR")
                .andExpect(status().isBadRequest());
        steps.act(cityEducation, duplicate.number(), "arsipkan", "reason", "DUPLICATE", "original", duplicate.number())
                .andExpect(status().isConflict());
        steps.act(cityEducation, duplicate.number(), "arsipkan", "reason", "").andExpect(status().isBadRequest());
        assertThat(stateOf(duplicate.number())).isEqualTo("SUBMITTED");

        steps.act(cityEducation, duplicate.number(), "arsipkan", "reason", "DUPLICATE", "original", original.number(),
                "note", "Sekolah yang sama sudah dilaporkan.").andExpect(status().is3xxRedirection());
        assertThat(stateOf(duplicate.number())).isEqualTo("ARCHIVED");
        // A duplicate of a duplicate links to the first original.
        steps.act(cityEducation, third.number(), "arsipkan", "reason", "DUPLICATE", "original", duplicate.number())
                .andExpect(status().is3xxRedirection());
        assertThat(steps.field(third.number(), "(select o.tracking_number from complaint o where o.id = complaint.duplicate_of_id)",
                String.class)).isEqualTo(original.number());

        // The duplicate's reporter follows the original: its state and its public response.
        mvc.perform(get("/lacak/" + duplicate.number()).param("kunci", duplicate.key()))
                .andExpect(content().string(containsString("Duplikat dari laporan lain")))
                .andExpect(content().string(containsString(original.number())))
                .andExpect(content().string(containsString("Atap sudah kami perbaiki pada hari Senin.")))
                .andExpect(content().string(containsString("Sekolah yang sama sudah dilaporkan.")));
        // Nothing more happens to an archived complaint.
        steps.act(cityEducation, duplicate.number(), "catatan", "text", "Catatan terlambat.")
                .andExpect(status().isConflict());
        steps.reporter(duplicate, "balas", "text", "Halo?").andExpect(status().isConflict());
    }

    @Test
    void shouldArchiveForMissingInformationOnlyAfterAskingForIt() throws Exception {
        CaseworkSteps.Filed filed = filed();
        steps.act(cityEducation, filed.number(), "arsipkan", "reason", "INSUFFICIENT_INFORMATION")
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("setelah laporan ditunda")));
        steps.act(cityEducation, filed.number(), "tunda", "question", "Di mana lokasi sekolahnya?");
        steps.act(cityEducation, filed.number(), "arsipkan", "reason", "INSUFFICIENT_INFORMATION")
                .andExpect(status().is3xxRedirection());
        assertThat(steps.field(filed.number(), "archive_reason", String.class)).isEqualTo("INSUFFICIENT_INFORMATION");
    }

    @Test
    void shouldRespondWithAFileStrippedOfItsLocation() throws Exception {
        String number = filed().number();
        steps.act(cityEducation, number, "verifikasi", "type", "PENGADUAN", "categoryCode", "PENDIDIKAN-DASAR");
        byte[] photo = AttachmentCorpus.jpegWithGps();

        mvc.perform(multipart("/petugas/laporan/" + number + "/tanggapan")
                        .file(new MockMultipartFile("attachments", "bukan-foto.jpg", "image/jpeg", "teks biasa".getBytes()))
                        .param("version", String.valueOf(steps.version(number))).param("text", "Sudah diperbaiki.")
                        .with(user(cityEducation)).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("bukan JPEG, PNG, atau PDF")));
        assertThat(stateOf(number)).isEqualTo("IN_PROGRESS");

        mvc.perform(multipart("/petugas/laporan/" + number + "/tanggapan")
                        .file(new MockMultipartFile("attachments", "atap-baru.jpg", "image/jpeg", photo))
                        .param("version", String.valueOf(steps.version(number))).param("text", "Sudah diperbaiki.")
                        .with(user(cityEducation)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(stateOf(number)).isEqualTo("RESPONDED");
        byte[] stored = jdbc.sql("""
                        select a.content from complaint_attachment a join complaint c on c.id = a.complaint_id
                         where c.tracking_number = ? and a.entry_id is not null""")
                .param(number).query(byte[].class).single();
        assertThat(stored.length).isLessThan(photo.length);
        assertThat(new String(stored, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("Exif");
    }

    @Test
    void shouldStartAResponseFromTheAgencysTemplate() throws Exception {
        mvc.perform(post("/petugas/templat").with(user(cityEducation)).with(csrf())
                        .param("agency", "pemda-32.73/DISDIK").param("name", "Perbaikan gedung").param("body", "X"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/petugas/templat").with(user(provinceAdmin)).with(csrf())
                        .param("agency", "pemda-32.73/DISDIK").param("name", "").param("body", "Isi"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/petugas/templat").with(user(provinceAdmin)).with(csrf())
                        .param("agency", "pemda-32.73/DISDIK").param("name", "Perbaikan gedung sekolah")
                        .param("body", "Terima kasih. Perbaikan gedung sekolah sudah kami jadwalkan."))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/petugas/templat").with(user(provinceAdmin)).with(csrf())
                        .param("agency", "pemda-32.73/DISDIK").param("name", "Perbaikan gedung sekolah")
                        .param("body", "Lain"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Sudah ada templat")));
        long id = jdbc.sql("select id from reply_template where agency_code = 'pemda-32.73/DISDIK' and name = ?")
                .param("Perbaikan gedung sekolah").query(Long.class).single();

        String number = filed().number();
        steps.act(cityEducation, number, "verifikasi", "type", "PENGADUAN", "categoryCode", "PENDIDIKAN-DASAR");
        mvc.perform(get("/petugas/laporan/" + number).param("templat", String.valueOf(id)).with(user(cityEducation)))
                .andExpect(content().string(containsString(
                        ">Terima kasih. Perbaikan gedung sekolah sudah kami jadwalkan.</textarea>")));
    }

    @Test
    void shouldLetTheReporterRateAndAcceptTheResponse() throws Exception {
        CaseworkSteps.Filed filed = responded();
        CaseworkSteps.Filed stranger = new CaseworkSteps.Filed(filed.number(), AccessKey.generate());
        steps.reporter(stranger, "terima").andExpect(status().isNotFound());
        steps.reporter(filed, "nilai", "stars", "6").andExpect(status().isBadRequest());
        steps.reporter(filed, "nilai", "stars", "empat").andExpect(status().isBadRequest());
        steps.reporter(filed, "nilai", "stars", "4", "comment", "x".repeat(1001)).andExpect(status().isBadRequest());
        assertThat(steps.field(filed.number(), "rating is null", Boolean.class)).isTrue();

        steps.reporter(filed, "nilai", "stars", "4", "comment", "Cepat, tetapi kurang rapi.")
                .andExpect(status().is3xxRedirection());
        steps.reporter(filed, "terima").andExpect(status().is3xxRedirection());
        assertThat(stateOf(filed.number())).isEqualTo("COMPLETED");
        assertThat(steps.field(filed.number(), "rating", Integer.class)).isEqualTo(4);
        mvc.perform(get("/petugas/laporan/" + filed.number()).with(user(cityEducation)))
                // The officer reads the reporter's rating, not "your rating" (issue 17).
                .andExpect(content().string(containsString("Nilai dari pelapor")))
                .andExpect(content().string(containsString("4 dari 5")))
                .andExpect(content().string(not(containsString("Nilai Anda"))))
                .andExpect(content().string(containsString("Cepat, tetapi kurang rapi.")));
        steps.reporter(filed, "terima").andExpect(status().isConflict());
    }

    @Test
    void shouldReopenAtTheAgencyFirstAndAppealToTheParentTheSecondTime() throws Exception {
        CaseworkSteps.Filed filed = responded();
        steps.reporter(filed, "buka-kembali", "reason", " ").andExpect(status().isBadRequest());
        assertThat(stateOf(filed.number())).isEqualTo("RESPONDED");

        steps.reporter(filed, "buka-kembali", "reason", "Atap masih bocor saat hujan kemarin.")
                .andExpect(status().is3xxRedirection());
        assertThat(stateOf(filed.number())).isEqualTo("IN_PROGRESS");
        assertThat(holder(filed.number())).isEqualTo("pemda-32.73/DISDIK");
        assertThat(steps.field(filed.number(), "reopen_count", Integer.class)).isEqualTo(1);
        mvc.perform(get("/petugas").with(user(cityEducation)))
                .andExpect(content().string(containsString("Dibuka kembali")));

        steps.act(cityEducation, filed.number(), "tanggapan", "text", "Sudah kami tambal lagi.");
        steps.reporter(filed, "buka-kembali", "reason", "Masih bocor juga.").andExpect(status().is3xxRedirection());
        assertThat(holder(filed.number())).isEqualTo("pemda-32.73");
        assertThat(steps.hopTargets(filed.number())).last().isEqualTo("pemda-32.73");
        mvc.perform(get("/lacak/" + filed.number())).andExpect(content().string(containsString("naik banding")));
        assertThat(steps.auditedActions(filed.number())).endsWith("REOPEN", "RESPOND", "APPEAL");
    }

    @Test
    void shouldRefuseAReopenMoreThanTenWorkingDaysAfterTheResponse() throws Exception {
        CaseworkSteps.Filed filed = responded();
        jdbc.sql("update complaint set responded_at = responded_at - interval '30 days' where tracking_number = ?")
                .param(filed.number()).update();
        mvc.perform(get("/lacak/" + filed.number()).param("kunci", filed.key()))
                .andExpect(content().string(not(containsString("Buka kembali laporan"))));
        steps.reporter(filed, "buka-kembali", "reason", "Terlambat tetapi masih bocor.")
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("10 hari kerja")));
        assertThat(stateOf(filed.number())).isEqualTo("RESPONDED");
    }

    @Test
    void shouldFilterTheInboxToOverdueComplaints() throws Exception {
        String late = filed().number();
        String onTime = filed().number();
        jdbc.sql("update complaint set due_on = current_date - 3 where tracking_number = ?").param(late).update();
        mvc.perform(get("/petugas").param("overdue", "true").with(user(cityEducation)))
                .andExpect(content().string(containsString("data-tracking-number=\"" + late + "\"")))
                .andExpect(content().string(not(containsString(onTime))))
                .andExpect(content().string(containsString("Lewat batas waktu")));
    }

    @Test
    void shouldKeepTheInboxCountsEqualToALiveCountThroughEveryKindOfChange() throws Exception {
        CaseworkSteps.Filed answered = responded();
        String forwarded = filed().number();
        steps.act(cityEducation, forwarded, "teruskan", "target", "pemda-32.73/DINKES", "reason", "Bukan sekolah.");
        String held = filed().number();
        steps.act(cityEducation, held, "tunda", "question", "Di mana tepatnya?");
        String archived = filed().number();
        steps.act(cityEducation, archived, "arsipkan", "reason", "SPAM_ABUSE");
        steps.reporter(answered, "buka-kembali", "reason", "Masih bocor.");

        List<String> kept = jdbc.sql("""
                        select agency_code || ' ' || status || ' ' || complaints from inbox_count
                         where complaints > 0 order by 1""").query(String.class).list();
        List<String> live = jdbc.sql("""
                        select current_agency_code || ' ' || status || ' ' || count(*) from complaint
                         where current_agency_code is not null group by current_agency_code, status order by 1""")
                .query(String.class).list();
        assertThat(kept).isEqualTo(live);
        List<String> keptTotals = jdbc.sql("""
                        select status || ' ' || sum(complaints) from inbox_total group by status
                        having sum(complaints) > 0 order by 1""").query(String.class).list();
        List<String> liveTotals = jdbc.sql("""
                        select status || ' ' || count(*) from complaint where current_agency_code is not null
                         group by status order by 1""").query(String.class).list();
        assertThat(keptTotals).isEqualTo(liveTotals);
        mvc.perform(get("/petugas").with(user(nationalAdmin)))
                .andExpect(content().string(containsString("data-status=\"ARCHIVED\"")));
    }
}
