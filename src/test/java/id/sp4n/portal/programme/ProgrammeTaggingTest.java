package id.sp4n.portal.programme;

import static id.sp4n.portal.support.ComplaintFormMother.aComplaint;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import id.sp4n.portal.complaint.CaseworkSteps;
import id.sp4n.portal.identity.Role;
import id.sp4n.portal.statistics.ComplaintTags;
import id.sp4n.portal.support.ComplaintFormMother;
import id.sp4n.portal.support.MutableClock;
import id.sp4n.portal.support.PortalTest;
import id.sp4n.portal.support.StaffMother;
import id.sp4n.portal.support.TestClock;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Complaints join the stunting programme as they are filed and verified, through the real intake, routing and
 * casework: by the category, by a keyword in the words the reporter chose, through the programme's door whatever
 * the category; an officer's classification at verification brings one in or takes one out (not one that came
 * through the door); a label the form was tampered with is dropped.
 */
@PortalTest
@Import(TestClock.class)
class ProgrammeTaggingTest {

    private static final String STUNTING = "programme:stunting";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    StaffMother staffMother;

    @Autowired
    ComplaintTags tags;

    @Autowired
    MutableClock clock;

    private CaseworkSteps steps;
    private UserDetails officer;

    @BeforeEach
    void setUp() {
        clock.set(Instant.now());
        steps = new CaseworkSteps(mvc, jdbc, staffMother);
        officer = steps.staff("program.dinkes.bandung@sp4n.test", Role.OFFICER, "pemda-32.73/DINKES");
    }

    @Test
    void shouldTagByCategoryByKeywordAndThroughTheDoor() throws Exception {
        String byCategory = file(health().with("categoryCode", "STUNTING"));
        String byKeyword = file(health().with("title", "Banyak balita kurang gizi di kelurahan kami"));
        String neither = file(health());
        String throughTheDoor = file(aComplaint().with("label", "stunting"));
        String tampered = file(aComplaint().with("label", "Stunting!!"));

        assertThat(tagged(byCategory)).contains(ComplaintTags.Source.INTAKE);
        assertThat(tagged(byKeyword)).contains(ComplaintTags.Source.INTAKE);
        assertThat(tagged(throughTheDoor)).contains(ComplaintTags.Source.DOOR);
        assertThat(tags.sourceOf(STUNTING, neither)).isEmpty();
        assertThat(tags.sourceOf(STUNTING, tampered)).isEmpty();
        assertThat(tags.sourceOf("programme:makan-bergizi-gratis", byCategory)).isEmpty();
    }

    @Test
    void shouldFollowTheOfficersClassificationAtVerificationExceptForTheDoor() throws Exception {
        String broughtIn = file(health());
        String takenOut = file(health().with("categoryCode", "STUNTING"));
        String door = steps.file(health().with("categoryCode", "STUNTING").with("label", "stunting"), "pemda-32.73")
                .number();
        tagged(takenOut);
        tagged(door);

        verify(broughtIn, "STUNTING");
        verify(takenOut, "KESEHATAN-DASAR");
        verify(door, "KESEHATAN-DASAR");

        await().atMost(Duration.ofSeconds(15)).until(() -> tags.sourceOf(STUNTING, broughtIn)
                .equals(Optional.of(ComplaintTags.Source.VERIFICATION)) && tags.sourceOf(STUNTING, takenOut).isEmpty());
        assertThat(tags.sourceOf(STUNTING, door)).contains(ComplaintTags.Source.DOOR);
    }

    @Test
    void shouldBringInWhatWasFiledBeforeAProgrammeWasDefined() throws Exception {
        String earlier = file(health().with("title", "Sumur bor desa kering sejak kemarau panjang"));
        String other = file(health());
        UserDetails national = steps.staff("program.isi.nasional@sp4n.test", Role.NATIONAL_ADMIN, "kemenpanrb");
        mvc.perform(post("/admin/program/baru").with(csrf()).with(user(national)).param("code", "air-bersih-uji")
                        .param("name", "Air bersih (uji)").param("summary", "Uji penandaan laporan lama.")
                        .param("keywords", "sumur bor").param("startsOn", "2020-01-01"))
                .andExpect(status().is3xxRedirection());
        assertThat(tags.sourceOf("programme:air-bersih-uji", earlier)).as("not until asked").isEmpty();

        String joined = mvc.perform(post("/admin/program/air-bersih-uji/tandai-ulang").with(csrf()).with(user(national)))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();

        assertThat(joined).matches(".*ditandai=[1-9][0-9]*$");
        assertThat(tags.sourceOf("programme:air-bersih-uji", earlier)).contains(ComplaintTags.Source.INTAKE);
        assertThat(tags.sourceOf("programme:air-bersih-uji", other)).isEmpty();
        mvc.perform(post("/admin/program/air-bersih-uji/tandai-ulang").with(csrf())
                        .with(user(steps.staff("program.isi.ksp@sp4n.test", Role.OVERSIGHT, "ksp"))))
                .andExpect(status().isForbidden());
    }

    @Test
    void shouldLabelTheFormOpenedFromTheDoorAndDropAWrongLabel() throws Exception {
        var form = Jsoup.parse(mvc.perform(get("/lapor").param("program", "stunting")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        assertThat(form.select("input[name=label]").val()).isEqualTo("stunting");
        assertThat(form.select("[data-intake-label]").text()).contains("stunting");
        var wrong = Jsoup.parse(mvc.perform(get("/lapor").param("program", "<script>"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(wrong.select("input[name=label]")).isEmpty();
    }

    private static ComplaintFormMother health() {
        return ComplaintFormMother.aHealthComplaint("32.73", java.time.LocalDate.now());
    }

    private String file(ComplaintFormMother form) throws Exception {
        return steps.file(form, "pemda-32.73").number();
    }

    private void verify(String number, String category) throws Exception {
        steps.act(officer, number, "verifikasi", "type", "PENGADUAN", "categoryCode", category)
                .andExpect(status().is3xxRedirection());
    }

    private Optional<ComplaintTags.Source> tagged(String number) {
        return await().atMost(Duration.ofSeconds(15)).until(() -> tags.sourceOf(STUNTING, number),
                Optional::isPresent);
    }
}
