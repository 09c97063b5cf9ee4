package id.sp4n.portal.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.sp4n.portal.identity.Role;
import id.sp4n.portal.support.PortalTest;
import id.sp4n.portal.support.StaffMother;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Pages that are the same for every anonymous visitor say they may be kept for a minute; anything with a form, a
 * person, a session or a new cookie stays no-store.
 */
@PortalTest
class PublicPageCachingTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    StaffMother staffMother;

    private MockHttpServletResponse fetch(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/instansi", "/instansi/pemda-32.73", "/instansi/pemda-32.73/DISDIK", "/privasi"})
    void shouldLetAnonymousCopiesOfPublicPagesBeKeptForAMinute(String path) throws Exception {
        MockHttpServletResponse response = fetch(get(path));
        assertThat(response.getHeader("Cache-Control")).isEqualTo("public, max-age=60");
        assertThat(response.getHeaders("Vary")).contains("Cookie");
        assertThat(response.getHeaders("Set-Cookie")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/lapor", "/lacak", "/laporan", "/masuk"})
    void shouldKeepFormsAndListsThatChangeWithWhatPeopleDoUncached(String path) throws Exception {
        assertThat(fetch(get(path)).getHeader("Cache-Control")).contains("no-store");
    }

    @Test
    void shouldNotLetASignedInPersonsOrANewLanguagesPageBeShared() throws Exception {
        assertThat(fetch(get("/").with(user(staffMother.staff("tembolok.petugas@sp4n.test",
                Role.OFFICER, "pemda-32.73/DISDIK")))).getHeader("Cache-Control"))
                .contains("no-store");
        MockHttpServletResponse english = fetch(get("/").param("lang", "en"));
        assertThat(english.getHeaders("Set-Cookie")).isNotEmpty();
        assertThat(english.getHeader("Cache-Control")).contains("no-store");
    }
}
