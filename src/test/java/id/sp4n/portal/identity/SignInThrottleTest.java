package id.sp4n.portal.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import id.sp4n.portal.support.PortalTest;
import id.sp4n.portal.support.StaffMother;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Password guessing is slowed per account and per client address, before the password is checked; unknown and known
 * addresses are treated alike; a success clears the account's count.
 */
@PortalTest
class SignInThrottleTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    StaffMother staffMother;

    /** A client address of its own for each test, so the counts of one test never touch another. */
    private static String someClient() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(1, 255);
    }

    private static String newStaffEmail() {
        return "sandi-" + UUID.randomUUID().toString().substring(0, 8) + "@sp4n.test";
    }

    private ResultActions signIn(String email, String password, String client) throws Exception {
        return mvc.perform(post("/masuk").with(csrf()).param("email", email).param("password", password)
                .with(request -> {
                    request.setRemoteAddr(client);
                    return request;
                }));
    }

    private String anOfficer() {
        String email = newStaffEmail();
        staffMother.staff(email, Role.OFFICER, "pemda-32.73");
        return email;
    }

    private void failTimes(int times, String email, String client) throws Exception {
        for (int i = 0; i < times; i++) {
            signIn(email, "salah-" + i, client).andExpect(redirectedUrl("/masuk?error"));
        }
    }

    @Test
    void shouldRefuseEvenTheRightPasswordAfterFiveWrongOnesAndSayHowLongToWait() throws Exception {
        String email = anOfficer();
        String client = someClient();
        failTimes(5, email, client);
        signIn(email, StaffMother.PASSWORD, client)
                .andExpect(redirectedUrlPattern("/masuk?terkunci=*"))
                .andExpect(unauthenticated());
        // From another network too: the account's count is its own.
        signIn(email, StaffMother.PASSWORD, someClient()).andExpect(redirectedUrlPattern("/masuk?terkunci=*"));

        mvc.perform(get("/masuk").param("terkunci", "3"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("coba lagi dalam 3 menit")));
    }

    @Test
    void shouldTreatAnAddressWithoutAccountExactlyLikeOneWithAnAccount() throws Exception {
        String nobody = newStaffEmail();
        String client = someClient();
        failTimes(5, nobody, client);
        signIn(nobody, "salah-lagi", client).andExpect(redirectedUrlPattern("/masuk?terkunci=*"));
    }

    @Test
    void shouldSlowAClientAddressThatTriesManyAccounts() throws Exception {
        String client = someClient();
        for (int i = 0; i < 30; i++) {
            signIn(newStaffEmail(), "salah", client).andExpect(redirectedUrl("/masuk?error"));
        }
        String email = anOfficer();
        signIn(email, StaffMother.PASSWORD, client).andExpect(redirectedUrlPattern("/masuk?terkunci=*"));
        signIn(email, StaffMother.PASSWORD, someClient()).andExpect(authenticated());
    }

    @Test
    void shouldClearTheAccountsCountWhenTheRightPasswordArrivesInTime() throws Exception {
        String email = anOfficer();
        String client = someClient();
        for (int round = 0; round < 2; round++) {
            failTimes(4, email, client);
            signIn(email, StaffMother.PASSWORD, client).andExpect(authenticated());
        }
    }

    @Test
    void shouldIgnoreAWaitThatIsNotANumber() throws Exception {
        String page = mvc.perform(get("/masuk").param("terkunci", "<b>selamanya</b>"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        // The language link carries the query on, URL-encoded; nowhere else may the value appear.
        assertThat(page.replaceAll("href=\"[^\"]*\"", "")).doesNotContain("selamanya");
    }
}
