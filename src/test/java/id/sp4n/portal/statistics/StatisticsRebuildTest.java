package id.sp4n.portal.statistics;

import static id.sp4n.portal.support.ComplaintFormMother.aComplaint;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import id.sp4n.portal.complaint.CaseworkSteps;
import id.sp4n.portal.identity.Role;
import id.sp4n.portal.support.PortalTest;
import id.sp4n.portal.support.StaffMother;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Rebuild = incremental: complaints taken through every kind of step by the real use cases, their record as the live
 * feed kept it, then the record rebuilt from the event log: the same rows, column for column.
 */
@PortalTest
class StatisticsRebuildTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    StaffMother staffMother;

    @Autowired
    StatisticsRebuild rebuild;

    private List<Map<String, Object>> records(List<String> numbers) {
        return jdbc.sql("select * from stat_complaint where tracking_number = any(?) order by tracking_number")
                .param(numbers.toArray(String[]::new)).query().listOfRows();
    }

    private void awaitFeed() {
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql("select count(*) from stat_event where not applied")
                .query(Long.class).single() == 0);
    }

    @Test
    void shouldRebuildExactlyWhatTheLiveFeedKept() throws Exception {
        CaseworkSteps steps = new CaseworkSteps(mvc, jdbc, staffMother);
        UserDetails city = steps.staff("bangun.disdik.bandung@sp4n.test", Role.OFFICER, "pemda-32.73/DISDIK");

        CaseworkSteps.Filed completed = steps.file(aComplaint(), "pemda-32.73");
        steps.act(city, completed.number(), "verifikasi", "type", "PENGADUAN", "categoryCode", "PENDIDIKAN-DASAR");
        steps.act(city, completed.number(), "tanggapan", "text", "Atap kelas sudah kami perbaiki hari ini.");
        steps.reporter(completed, "nilai", "stars", "5", "comment", "Terima kasih.");
        steps.reporter(completed, "terima").andExpect(status().is3xxRedirection());

        CaseworkSteps.Filed reopened = steps.file(aComplaint(), "pemda-32.73");
        steps.act(city, reopened.number(), "verifikasi", "type", "PENGADUAN", "categoryCode", "PENDIDIKAN-DASAR");
        steps.act(city, reopened.number(), "tanggapan", "text", "Sudah kami tinjau ke lokasi sekolah.");
        steps.reporter(reopened, "buka-kembali", "reason", "Atap masih bocor saat hujan kemarin.")
                .andExpect(status().is3xxRedirection());

        CaseworkSteps.Filed forwarded = steps.file(aComplaint(), "pemda-32.73");
        steps.act(city, forwarded.number(), "verifikasi", "type", "PENGADUAN", "categoryCode", "PENDIDIKAN-MENENGAH")
                .andExpect(status().is3xxRedirection());

        CaseworkSteps.Filed archived = steps.file(aComplaint().with("confidential", "true"), "pemda-32.73");
        steps.act(city, archived.number(), "arsipkan", "reason", "SPAM_ABUSE").andExpect(status().is3xxRedirection());

        List<String> numbers = List.of(completed.number(), reopened.number(), forwarded.number(), archived.number());
        awaitFeed();
        List<Map<String, Object>> live = records(numbers);
        assertThat(live).hasSize(4);
        assertThat(live).extracting(row -> row.get("status")).containsExactlyInAnyOrder("COMPLETED", "IN_PROGRESS",
                "IN_PROGRESS", "ARCHIVED");

        assertThat(live).filteredOn(row -> row.get("tracking_number").equals(forwarded.number()))
                .extracting(row -> row.get("officer_forwards")).containsExactly(1);

        // Gone, or wrong: the rebuild must bring back exactly what the feed kept.
        jdbc.sql("delete from stat_complaint where tracking_number = ?").param(completed.number()).update();
        jdbc.sql("update stat_complaint set officer_forwards = 7, rating = null where tracking_number = ?")
                .param(forwarded.number()).update();
        assertThat(records(numbers)).isNotEqualTo(live);
        assertThat(rebuild.rebuild()).isPositive();
        assertThat(records(numbers)).isEqualTo(live);
    }
}
