package id.sp4n.portal.agency;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import id.sp4n.portal.support.PortalHttp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AgencyApiTest {

    @LocalServerPort
    int port;

    PortalHttp http;

    @BeforeEach
    void setUp() {
        http = new PortalHttp(port);
    }

    @Test
    void shouldCountGovernmentsPerTier() {
        assertThat(http.get("/api/v1/agencies?tier=PROVINCE").<Integer>json("$.total")).isEqualTo(38);
        assertThat(http.get("/api/v1/agencies?tier=REGENCY").<Integer>json("$.total")).isEqualTo(508);
        assertThat(http.get("/api/v1/agencies?tier=regency&size=5").<List<?>>json("$.items")).hasSize(5);
    }

    @Test
    void shouldDescribeOneAgencyWithItsPathFromTheRoot() {
        var answer = http.get("/api/v1/agencies/pemda-32.73");
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.<List<String>>json("$.path")).containsExactly("kemenpanrb", "pemda-32", "pemda-32.73");
        assertThat(answer.<String>json("$.name")).isEqualTo("Pemerintah Kota Bandung");
        assertThat(answer.<String>json("$.tier")).isEqualTo("REGENCY");
        assertThat(answer.<String>json("$.parentCode")).isEqualTo("pemda-32");
        assertThat(answer.<String>json("$.regionCode")).isEqualTo("32.73");
        assertThat(answer.<Integer>json("$.childCount")).isEqualTo(22);
    }

    @Test
    void shouldServeUnitsWhoseCodeContainsASlash() {
        var answer = http.get("/api/v1/agencies/pemda-32.73/DISDIK");
        assertThat(answer.<List<String>>json("$.path"))
                .containsExactly("kemenpanrb", "pemda-32", "pemda-32.73", "pemda-32.73/DISDIK");
        assertThat(answer.<String>json("$.kind")).isEqualTo("DISDIK");
    }

    @Test
    void shouldFilterByParentAndText() {
        var children = http.get("/api/v1/agencies?parent=pemda-32.73&tier=UNIT&size=200");
        assertThat(children.<Integer>json("$.total")).isEqualTo(22);
        assertThat(children.<List<String>>json("$.items[*].parentCode")).containsOnly("pemda-32.73");

        var bandung = http.get("/api/v1/agencies?q=bandung&tier=REGENCY");
        assertThat(bandung.<List<String>>json("$.items[*].code"))
                .containsExactlyInAnyOrder("pemda-32.04", "pemda-32.17", "pemda-32.73");

        var words = http.get("/api/v1/agencies?q=dinas%20pendidikan%20kota%20bandung");
        assertThat(words.<List<String>>json("$.items[*].code")).containsExactly("pemda-32.73/DISDIK");
    }

    @Test
    void shouldTreatLikeWildcardsInTheSearchTextLiterally() {
        assertThat(http.get("/api/v1/agencies?q=%25").<Integer>json("$.total")).isZero();
        assertThat(http.get("/api/v1/agencies?q=_").<Integer>json("$.total")).isZero();
    }

    @Test
    void shouldPageThroughResults() {
        var first = http.get("/api/v1/agencies?tier=PROVINCE&size=20&page=0");
        var second = http.get("/api/v1/agencies?tier=PROVINCE&size=20&page=1");
        assertThat(first.<List<?>>json("$.items")).hasSize(20);
        assertThat(second.<List<?>>json("$.items")).hasSize(18);
        assertThat(second.<List<String>>json("$.items[*].code"))
                .doesNotContainAnyElementsOf(first.<List<String>>json("$.items[*].code"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "/api/v1/agencies/pemda-31.74     | pemda-31.74",
            "/api/v1/agencies/nothing-here    | nothing-here",
            "/api/v1/agencies/pemda-32/NOPE   | pemda-32/NOPE",
            "/api/v1/agencies?parent=nowhere  | nowhere"})
    void shouldAnswer404ForUnknownCodes(String path, String code) {
        var answer = http.get(path);
        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.<Integer>json("$.status")).isEqualTo(404);
        assertThat(answer.<String>json("$.error")).isEqualTo("Not Found");
        assertThat(answer.<String>json("$.message")).contains(code);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "/api/v1/agencies?tier=KECAMATAN | KECAMATAN",
            "/api/v1/agencies?size=201       | 200",
            "/api/v1/agencies?size=0         | size",
            "/api/v1/agencies?page=-1        | page",
            "/api/v1/agencies?page=abc       | abc",
            "/api/v1/agencies?size=lots      | lots"})
    void shouldAnswer400WithAMessageThatNamesTheProblem(String path, String named) {
        var answer = http.get(path);
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.<Integer>json("$.status")).isEqualTo(400);
        assertThat(answer.<String>json("$.error")).isEqualTo("Bad Request");
        assertThat(answer.<String>json("$.message")).contains(named);
    }

    @Test
    void shouldExplainErrorsInEnglishWhenAskedTo() {
        var answer = http.get("/api/v1/agencies?tier=X&lang=en");
        assertThat(answer.<String>json("$.message")).startsWith("Unknown tier \"X\"");
    }

    @Test
    void shouldListRegionsOneLevelAtATime() {
        var provinces = http.get("/api/v1/regions");
        assertThat(provinces.<List<?>>json("$")).hasSize(38);
        var bandung = http.get("/api/v1/regions?parent=32.73");
        assertThat(bandung.<List<String>>json("$[*].level")).containsOnly("DISTRICT");
        assertThat(bandung.<List<String>>json("$[*].parentCode")).containsOnly("32.73");
        assertThat(http.get("/api/v1/regions?parent=32").<List<String>>json("$[*].code")).contains("32.73");
        var unknown = http.get("/api/v1/regions?parent=99");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.<String>json("$.message")).contains("99");
    }

    @Test
    void shouldListCategoriesWithTheirAuthority() {
        var categories = http.get("/api/v1/categories");
        assertThat(categories.<List<?>>json("$")).hasSize(54);
        assertThat(categories.<List<String>>json("$[?(@.code == 'PENDIDIKAN-MENENGAH')].tier")).containsExactly("PROVINCE");
        assertThat(categories.<List<String>>json("$[?(@.code == 'LISTRIK')].handler")).containsExactly("pln");
        assertThat(categories.<List<Boolean>>json("$[?(@.code == 'STUNTING')].nationalPriority")).containsExactly(true);
        assertThat(categories.<List<String>>json("$[?(@.code == 'PENDIDIKAN-DASAR')].nameEn")).hasSize(1);
    }
}
