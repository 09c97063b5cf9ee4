package id.sp4n.portal.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.sp4n.portal.identity.Role;
import id.sp4n.portal.support.StaffMother;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Without the switch the development mailbox does not exist, not even for the national admin.
 * The settings are those of {@code SubmissionQuotaTest} (no mailbox switch) so both share one Spring context.
 */
@SpringBootTest(properties = "portal.intake.submissions-per-hour=2")
@AutoConfigureMockMvc
@Import(StaffMother.class)
class DevMailboxSwitchedOffTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    StaffMother staffMother;

    @Autowired
    ApplicationContext context;

    @Test
    void shouldHaveNoMailboxUnlessSwitchedOn() throws Exception {
        assertThat(context.getBeanNamesForType(DevMailbox.class)).isEmpty();
        mvc.perform(get("/dev/mail").with(user(staffMother.staff("kotak.mati@sp4n.test", Role.NATIONAL_ADMIN,
                        "kemenpanrb"))))
                .andExpect(status().isNotFound());
    }
}
