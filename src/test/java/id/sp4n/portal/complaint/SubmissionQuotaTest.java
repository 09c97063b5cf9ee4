package id.sp4n.portal.complaint;

import static id.sp4n.portal.support.ComplaintFormMother.aComplaint;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.sp4n.portal.support.StaffMother;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The per-client limit on new complaints, with a clear 429 page. */
@SpringBootTest(properties = "portal.intake.submissions-per-hour=2")
@AutoConfigureMockMvc
@Import(StaffMother.class)
class SubmissionQuotaTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void shouldRefuseTheThirdComplaintFromOneAddressWithinTheHour() throws Exception {
        jdbc.sql("delete from submission_quota").update();
        String address = "203.0.113.7";
        for (int i = 0; i < 2; i++) {
            mvc.perform(aComplaint().postTo("/lapor").with(r -> {
                r.setRemoteAddr(address);
                return r;
            })).andExpect(status().is3xxRedirection());
        }
        long before = jdbc.sql("select count(*) from complaint").query(Long.class).single();

        mvc.perform(aComplaint().postTo("/lapor").with(r -> {
                    r.setRemoteAddr(address);
                    return r;
                }))
                .andExpect(status().isTooManyRequests())
                .andExpect(content().string(containsString("Batas 2 laporan per jam telah tercapai")));

        assertThat(jdbc.sql("select count(*) from complaint").query(Long.class).single()).isEqualTo(before);
        // Another address is not affected, and a repeated post of an accepted form is not a new submission.
        mvc.perform(aComplaint().postTo("/lapor").with(r -> {
            r.setRemoteAddr("198.51.100.9");
            return r;
        })).andExpect(status().is3xxRedirection());
    }

    @Test
    void shouldNotCountFormsThatWereRefusedForMistakes() throws Exception {
        jdbc.sql("delete from submission_quota").update();
        for (int i = 0; i < 3; i++) {
            mvc.perform(aComplaint().with("title", "").postTo("/lapor").with(r -> {
                r.setRemoteAddr("192.0.2.44");
                return r;
            })).andExpect(status().isBadRequest());
        }
        mvc.perform(aComplaint().postTo("/lapor").with(r -> {
            r.setRemoteAddr("192.0.2.44");
            return r;
        })).andExpect(status().is3xxRedirection());
    }
}
