package id.sp4n.portal.complaint;

import static id.sp4n.portal.support.ComplaintFormMother.aComplaint;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import id.sp4n.portal.identity.Role;
import id.sp4n.portal.support.ComplaintFormMother;
import id.sp4n.portal.support.PortalTest;
import id.sp4n.portal.support.StaffMother;
import id.sp4n.portal.support.TestMail;
import jakarta.mail.MessagingException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Nobody-can-act never happens (issue 17): a complaint held by a unit without staff is worked by the nearest
 * agency above it with staff, shown in its inbox as such, and its staff are told when the complaint arrives; the
 * administrators' tree marks the unit. Kota Cimahi's public-works unit has no staff in any test.
 */
@PortalTest
class UnstaffedAgencyTest {

    private static final String CITY = "pemda-32.77";
    private static final String ROADS_UNIT = "pemda-32.77/PUPR";
    private static final String CITY_OFFICER = "uji.cimahi.kota@sp4n.test";

    @Autowired
    MockMvc mvc;

    @Autowired
    StaffMother staffMother;

    @Autowired
    JdbcClient jdbc;

    CaseworkSteps steps;
    UserDetails cityOfficer;
    UserDetails nationalAdmin;

    @BeforeEach
    void enrolStaff() {
        steps = new CaseworkSteps(mvc, jdbc, staffMother);
        cityOfficer = steps.staff(CITY_OFFICER, Role.OFFICER, CITY);
        nationalAdmin = steps.staff("uji.admin.nasional.unstaffed@sp4n.test", Role.NATIONAL_ADMIN, "kemenpanrb");
    }

    private static ComplaintFormMother aRoadComplaint() {
        return aComplaint().with("categoryCode", "JALAN-KABUPATEN").with("provinceCode", "32")
                .with("regencyCode", "32.77").with("incidentDate", LocalDate.now().minusDays(1).toString())
                .with("title", "Jalan berlubang di depan pasar")
                .with("description", "Lubang besar di jalan depan pasar sudah dua minggu dan membahayakan pengendara.");
    }

    private Document page(UserDetails who, String path) throws Exception {
        return Jsoup.parse(mvc.perform(get(path).with(user(who))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString());
    }

    private List<String> noticesFor(String email) {
        return jdbc.sql("""
                        select n.link from notification n join account a on a.id = n.account_id
                         where lower(a.email) = lower(?) order by n.id""").param(email).query(String.class).list();
    }

    private static boolean mailed(String address, String subjectPart) {
        return TestMail.to(address).stream().anyMatch(m -> {
            try {
                return m.getSubject().contains(subjectPart);
            } catch (MessagingException e) {
                return false;
            }
        });
    }

    @Test
    void shouldLetTheNearestAgencyWithStaffWorkAComplaintHeldByAUnitWithoutStaff() throws Exception {
        String number = steps.file(aRoadComplaint(), CITY).number();
        assertThat(steps.field(number, "current_agency_code", String.class)).isEqualTo(ROADS_UNIT);

        // The city's officer sees it in the inbox, marked as worked for the unit, and may act on it.
        Document inbox = page(cityOfficer, "/petugas");
        assertThat(inbox.select("tr[data-tracking-number=" + number + "] [data-for-unstaffed]").text())
                .isEqualTo("Untuk Dinas Pekerjaan Umum dan Penataan Ruang Kota Cimahi (belum ada petugas)");
        Document casePage = page(cityOfficer, "/petugas/laporan/" + number);
        assertThat(casePage.select("[data-for-unstaffed]")).hasSize(1);
        assertThat(casePage.select("form[action$=/verifikasi]")).hasSize(1);
        // Told on arrival: in the notification centre and by mail.
        await().atMost(Duration.ofSeconds(15)).until(() -> noticesFor(CITY_OFFICER).contains("/petugas/laporan/" + number));
        await().atMost(Duration.ofSeconds(15)).until(() -> mailed(CITY_OFFICER, "Laporan baru " + new TrackingNumber(number).display()));
        steps.act(cityOfficer, number, "verifikasi", "type", "PENGADUAN", "categoryCode", "JALAN-KABUPATEN")
                .andExpect(status().is3xxRedirection());
        assertThat(steps.field(number, "current_agency_code", String.class)).isEqualTo(ROADS_UNIT);
        steps.act(cityOfficer, number, "tanggapan", "text", "Lubang akan ditambal oleh UPT Jalan minggu ini.")
                .andExpect(status().is3xxRedirection());
        assertThat(steps.field(number, "status", String.class)).isEqualTo("RESPONDED");

        // The administrators' tree marks the unit, not the city.
        Document branch = page(nationalAdmin, "/admin/instansi?induk=" + CITY);
        assertThat(branch.select("[data-code=\"" + ROADS_UNIT + "\"] [data-unstaffed]")).hasSize(1);
        Document cities = page(nationalAdmin, "/admin/instansi?induk=pemda-32");
        assertThat(cities.select("[data-code=\"" + CITY + "\"] > div")).hasSize(1);
        assertThat(cities.select("[data-code=\"" + CITY + "\"] > div [data-unstaffed]")).isEmpty();

        // Once the unit has an officer, it works its own complaints and the city only reads them.
        String unitOfficerEmail = "uji.cimahi.pupr@sp4n.test";
        UserDetails unitOfficer = steps.staff(unitOfficerEmail, Role.OFFICER, ROADS_UNIT);
        String next = steps.file(aRoadComplaint(), CITY).number();
        Document cityView = page(cityOfficer, "/petugas/laporan/" + next);
        assertThat(cityView.select("[data-for-unstaffed]")).isEmpty();
        assertThat(cityView.select("form[action$=/verifikasi]")).isEmpty();
        assertThat(page(cityOfficer, "/petugas").select("tr[data-tracking-number=" + next + "]")).isEmpty();
        assertThat(page(unitOfficer, "/petugas/laporan/" + next).select("form[action$=/verifikasi]")).hasSize(1);
        await().atMost(Duration.ofSeconds(15)).until(() -> noticesFor(unitOfficerEmail).contains("/petugas/laporan/" + next));
        assertThat(noticesFor(CITY_OFFICER)).doesNotContain("/petugas/laporan/" + next);
    }
}
