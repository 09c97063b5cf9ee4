package id.sp4n.portal.complaint;

import static id.sp4n.portal.support.ComplaintFormMother.aComplaint;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The public list never counts more than its cap (issue 19: a count of every public complaint took 702 ms at a
 * million): up to the cap the count is exact, beyond it the page says "more than" and deeper pages are refused with
 * a request to narrow the search. Its own context, with the cap at 3 so a handful of complaints pass it.
 */
@SpringBootTest(properties = {"portal.lists.count-cap=3", "portal.intake.submissions-per-hour=0"})
@AutoConfigureMockMvc
class PublicListCapTest {

    @Autowired
    MockMvc mvc;

    private void file(String word, int times) throws Exception {
        for (int i = 0; i < times; i++) {
            mvc.perform(aComplaint().with("title", "Lampu jalan " + word + " padam").postTo("/lapor"))
                    .andExpect(status().is3xxRedirection());
        }
    }

    private Document list(String query) throws Exception {
        return Jsoup.parse(mvc.perform(get("/laporan?" + query)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
    }

    @Test
    void shouldCountExactlyUpToTheCapAndSayMoreThanBeyondIt() throws Exception {
        String few = "sedikit" + UUID.randomUUID().toString().substring(0, 6).replace("-", "");
        String many = "banyak" + UUID.randomUUID().toString().substring(0, 6).replace("-", "");
        file(few, 2);
        file(many, 5);

        assertThat(list("q=" + few).select("[data-results]").text()).isEqualTo("2 laporan");
        Document capped = list("q=" + many);
        assertThat(capped.select("[data-results]").text()).isEqualTo("Lebih dari 3 laporan");
        assertThat(capped.select(".complaint-list > li")).hasSize(5);
        mvc.perform(get("/laporan").param("q", many).param("page", "1")).andExpect(status().isBadRequest())
                .andExpect(result -> assertThat(result.getResponse().getContentAsString())
                        .contains("Daftar hanya dapat dibuka sampai 3 laporan"));
    }
}
