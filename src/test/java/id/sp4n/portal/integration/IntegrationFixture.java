package id.sp4n.portal.integration;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jsoup.Jsoup;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;

/** Connected systems made the way an admin makes them: through the admin page, reading the key it shows once. */
final class IntegrationFixture {

    private IntegrationFixture() {
    }

    /** Creates a system and answers its key ({@code sp4n_…}). */
    static String connect(MockMvc mvc, UserDetails admin, String name, String agency, String access, String calls)
            throws Exception {
        String page = mvc.perform(post("/admin/integrasi").with(user(admin)).with(csrf())
                        .param("name", name).param("agencyCode", agency).param("access", access)
                        .param("callsPerMinute", calls))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return Jsoup.parse(page).selectFirst("[data-issued-key]").attr("value");
    }
}
