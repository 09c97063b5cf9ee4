package id.sp4n.portal.notification;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.sp4n.portal.identity.Role;
import id.sp4n.portal.support.PortalTest;
import id.sp4n.portal.support.StaffMother;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The development mailbox holds guests' private links, staff invitations and anonymous reporters' addresses: only
 * the national admin reads it, and only on a run that switched it on ({@link DevMailboxSwitchedOffTest}).
 */
@PortalTest
class DevMailboxAccessTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    StaffMother staffMother;

    @Test
    void shouldSendAVisitorToSignIn() throws Exception {
        mvc.perform(get("/dev/mail")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/masuk"));
    }

    @Test
    void shouldRefuseEveryRoleButTheNationalAdmin() throws Exception {
        for (Role role : new Role[] {Role.OFFICER, Role.AGENCY_ADMIN, Role.OVERSIGHT}) {
            mvc.perform(get("/dev/mail").with(user(staffMother.staff("kotak." + role.name().toLowerCase()
                            + "@sp4n.test", role, "pemda-32.73"))))
                    .andExpect(status().isForbidden());
        }
    }

    @Test
    void shouldShowTheNationalAdminTheMailbox() throws Exception {
        mvc.perform(get("/dev/mail").with(user(staffMother.staff("kotak.nasional@sp4n.test", Role.NATIONAL_ADMIN,
                        "kemenpanrb"))))
                .andExpect(status().isOk());
    }
}
