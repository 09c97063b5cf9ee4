package id.sp4n.portal.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import id.sp4n.portal.audit.AuditLog;
import id.sp4n.portal.evaluation.RankingFixture.Reporter;
import id.sp4n.portal.identity.Role;
import id.sp4n.portal.statistics.BodyFigures;
import id.sp4n.portal.statistics.Figure;
import id.sp4n.portal.statistics.Scope;
import id.sp4n.portal.statistics.StatisticsFigures;
import id.sp4n.portal.statistics.StatisticsHistory;
import id.sp4n.portal.support.MutableClock;
import id.sp4n.portal.support.PortalTest;
import id.sp4n.portal.support.StaffMother;
import id.sp4n.portal.support.TestClock;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Rankings against a fixture worked out by hand: complaints filed in March 2019 (no other test files then) with four
 * West Java cities. Bandung and Bogor alike: 40 received, all followed up on day 1 and responded to on day 3, 30
 * accepted, 10 of those rated 4 stars: 25 + 25 + 20 × 30/40 + 15 × 40/50 + 10 + 5 = 92.00 each — a tie, both rank 1.
 * Sukabumi: 30 received, 20 responded, 10 accepted, 2 reopened, no rating (satisfaction too few: its 15 left out):
 * (25 + 25 × 20/30 + 20 × 10/20 + 10 × 18/20 + 5) × 100 / 85 = 77.2549… → 77.25, rank 3. Cirebon: 29 received, below
 * the minimum of 30: not ranked. The province's subtree holds all 139 (medium group, from 100 a year): 25 + 25 × 129/139
 * + 20 × 70/129 + 15 × 80/100 + 10 × 127/129 + 5 = 85.8991… → 85.90.
 */
@PortalTest
@Import(TestClock.class)
class RankingsTest {

    private static final RankingPeriod YEAR_2019 = RankingPeriod.year(2019);
    private static final Instant MARCH_4 = Instant.parse("2019-03-04T02:00:00Z");

    @Autowired
    StatisticsHistory history;

    @Autowired
    BodyFigures figures;

    @Autowired
    StatisticsFigures statistics;

    @Autowired
    Rankings rankings;

    @Autowired
    RankingMethods methods;

    @Autowired
    Grades grades;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MutableClock clock;

    @Autowired
    MockMvc mvc;

    @Autowired
    StaffMother staff;

    @BeforeEach
    void fileTheFixtureOnce() {
        clock.set(Instant.parse("2020-02-01T03:00:00Z"));
        if (received("pemda-32") == 0) {
            RankingFixture fixture = new RankingFixture("RNK");
            for (String city : List.of("32.73", "32.71")) {
                fixture.complaints(10, city, MARCH_4, 1, true, Reporter.ACCEPTED, 4)
                        .complaints(20, city, MARCH_4, 1, true, Reporter.ACCEPTED, null)
                        .complaints(10, city, MARCH_4, 1, true, Reporter.NOTHING, null);
            }
            fixture.complaints(10, "32.72", MARCH_4, 1, true, Reporter.ACCEPTED, null)
                    .complaints(2, "32.72", MARCH_4, 1, true, Reporter.REOPENED, null)
                    .complaints(8, "32.72", MARCH_4, 1, true, Reporter.NOTHING, null)
                    .complaints(10, "32.72", MARCH_4, 1, false, Reporter.NOTHING, null)
                    .complaints(29, "32.74", MARCH_4, 1, true, Reporter.NOTHING, null);
            history.record(fixture.events());
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> received("pemda-32") == 139);
    }

    @AfterEach
    void forgetRankingsAndNewMethods() {
        jdbc.sql("delete from eval_ranking").update();
        jdbc.sql("delete from eval_method where version > 1").update();
    }

    private long received(String code) {
        return figures.of(YearMonth.of(2019, 1), YearMonth.of(2019, 12)).getOrDefault(code, BodyFigures.Counts.NONE)
                .received();
    }

    private Map<String, Rankings.Row> rows(Rankings.Ranking ranking, BodyClass bodyClass) {
        return rankings.ofClass(ranking, bodyClass, 0, 1000).stream()
                .collect(Collectors.toMap(Rankings.Row::agencyCode, row -> row));
    }

    @Test
    void shouldScoreRankTiesAndLeaveTheSmallUnranked() {
        Rankings.Ranking ranking = rankings.of(YEAR_2019);
        assertThat(ranking.method().version()).isEqualTo(1);
        assertThat(ranking.isFinal()).isTrue();

        // Bandung before Bogor: a shared rank is listed by name. Every other city received nothing in 2019.
        List<Rankings.Row> cities = rankings.ofClass(ranking, BodyClass.CITY, 0, 4);
        assertThat(cities).extracting(Rankings.Row::agencyCode).startsWith("pemda-32.73", "pemda-32.71", "pemda-32.72");
        assertThat(cities).extracting(Rankings.Row::rank).containsExactly(1, 1, 3, null);
        assertThat(cities.subList(0, 3)).extracting(Rankings.Row::score)
                .containsExactly(new BigDecimal("92.00"), new BigDecimal("92.00"), new BigDecimal("77.25"));
        assertThat(cities).extracting(Rankings.Row::peerGroup).containsOnly(RankingMethod.PeerGroup.SMALL);
        Rankings.Row cirebon = rows(ranking, BodyClass.CITY).get("pemda-32.74");
        assertThat(cirebon.counts().received()).isEqualTo(29);
        assertThat(cirebon.ranked()).isFalse();
        assertThat(rankings.sizes(ranking).get(BodyClass.CITY)[1]).isEqualTo(3);
        assertThat(cities.get(2).percent(Indicator.SATISFACTION)).isNull();
        assertThat(cities.get(2).percent(Indicator.RESPONSE_IN_TIME)).isEqualByComparingTo("66.7");

        Rankings.Row province = rows(ranking, BodyClass.PROVINCE).get("pemda-32");
        assertThat(province.peerGroup()).isEqualTo(RankingMethod.PeerGroup.MEDIUM);
        assertThat(province.score()).isEqualByComparingTo("85.90");
        assertThat(province.rank()).isEqualTo(1);
        // The same numbers as the body's public statistics page for those months.
        Figure received = statistics.headline(new Scope("pemda-32.73", true, LocalDate.of(2019, 1, 1),
                LocalDate.of(2019, 12, 31), true)).getFirst();
        assertThat(received.count()).isEqualTo(rows(ranking, BodyClass.CITY).get("pemda-32.73").counts().received());
        // Kept: asking again reads the same ranking.
        assertThat(rankings.of(YEAR_2019).id()).isEqualTo(ranking.id());
    }

    @Test
    void shouldLeaveAPastRankingAsItWasWhenANewMethodIsPublished() {
        Rankings.Ranking before = rankings.of(YEAR_2019);
        AuditLog.Actor admin = new AuditLog.Actor(null, "Admin Nasional Uji");
        Map<Indicator, Integer> onlyFollowUp = new EnumMap<>(Indicator.class);
        for (Indicator indicator : Indicator.values()) {
            onlyFollowUp.put(indicator, indicator == Indicator.FOLLOW_UP_IN_TIME ? 100 : 0);
        }
        methods.saveDraft(admin, onlyFollowUp, 30, 1000, 100, 85, 70, 50, "Hanya tindak lanjut");
        RankingMethod second = methods.publishDraft(admin);
        assertThat(second.version()).isEqualTo(2);

        Rankings.Ranking after = rankings.of(YEAR_2019);
        assertThat(after.id()).isEqualTo(before.id());
        assertThat(after.method().version()).isEqualTo(1);
        assertThat(rows(after, BodyClass.CITY).get("pemda-32.72").score()).isEqualByComparingTo("77.25");
        // Computed on purpose with the new version, Sukabumi's follow-up (30 of 30) is all that counts.
        Rankings.Ranking recomputed = rankings.compute(YEAR_2019, second);
        assertThat(rows(recomputed, BodyClass.CITY).get("pemda-32.72").score()).isEqualByComparingTo("100.00");
        assertThat(rows(recomputed, BodyClass.CITY).get("pemda-32.72").rank()).isEqualTo(1);
        assertThat(rankings.of(YEAR_2019).method().version()).isEqualTo(1);
        // A period still running is ranked with the newest version.
        clock.set(Instant.parse("2019-06-01T03:00:00Z"));
        assertThat(rankings.methodFor(YEAR_2019).version()).isEqualTo(2);
        assertThat(jdbc.sql("select action from audit_log where object_type = 'ranking_method' and object_id = '2'"
                + " order by id").query(String.class).list()).containsExactly("RANKING_METHOD_DRAFT", "RANKING_METHOD_PUBLISH");
    }

    @Test
    void shouldShowTheTopTenWithTheMethodAndOpenEachBodysFigures() throws Exception {
        Document page = Jsoup.parse(mvc.perform(get("/peringkat").param("periode", "2019"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        var cityRows = page.select("[data-ranking=kota/SMALL] tbody tr");
        assertThat(cityRows.eachAttr("data-body")).containsExactly("pemda-32.73", "pemda-32.71", "pemda-32.72");
        assertThat(cityRows.select("[data-rank]").eachText()).containsExactly("1", "1", "3");
        assertThat(cityRows.select("[data-score]").eachText()).containsExactly("92,00", "92,00", "77,25");
        assertThat(cityRows.first().select("a").attr("href"))
                .isEqualTo("/statistik/instansi/pemda-32.73?dari=2019-01-01&sampai=2019-12-31");
        assertThat(page.select("[data-ranking-method]").text()).contains("versi 1");
        assertThat(page.select("[data-ranking-state]").text()).startsWith("Final");

        Document list = Jsoup.parse(mvc.perform(get("/peringkat/kelas/kota").param("periode", "2019"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        var cirebon = list.select("[data-ranking-list] tr[data-body=pemda-32.74]");
        assertThat(cirebon.select("[data-rank]").text()).isEqualTo("Belum diperingkat");
        var sukabumi = list.select("[data-ranking-list] tr[data-body=pemda-32.72]");
        assertThat(sukabumi.select("[data-indicator=satisfaction]").text()).isEqualTo("terlalu sedikit");
        assertThat(sukabumi.select("[data-indicator=responseInTime]").text()).isEqualTo("66,7%");

        mvc.perform(get("/peringkat/metode")).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("data-method-version=\"1\"")));
        mvc.perform(get("/peringkat").param("periode", "2019-Q5")).andExpect(status().isBadRequest())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Periode")));
        mvc.perform(get("/peringkat").param("periode", "abc")).andExpect(status().isBadRequest());
        mvc.perform(get("/peringkat").param("periode", "2031")).andExpect(status().isBadRequest())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("belum dimulai")));
        mvc.perform(get("/peringkat/kelas/desa")).andExpect(status().isNotFound());
        mvc.perform(get("/peringkat/kelas/kota").param("periode", "2019").param("halaman", "x"))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/peringkat/kelas/kota").param("periode", "2019").param("halaman", "99"))
                .andExpect(status().isNotFound());
    }

    @Test
    void shouldLetOnlyTheNationalAdminEditTheMethodAndRefuseABadDraftWhole() throws Exception {
        var national = staff.staff("admin.peringkat@sp4n.test", Role.NATIONAL_ADMIN, "kemenpanrb");
        var regional = staff.staff("admin.jabar.peringkat@sp4n.test", Role.AGENCY_ADMIN, "pemda-32");
        mvc.perform(get("/admin/peringkat/metode").with(user(national))).andExpect(status().isOk());
        mvc.perform(get("/admin/peringkat/metode").with(user(regional))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/peringkat/metode").with(user(regional)).with(csrf())).andExpect(status().isForbidden());

        var ninety = draft(national, "weight.notAppealed", "-5");
        Document refused = Jsoup.parse(mvc.perform(ninety).andExpect(status().isBadRequest()).andReturn()
                .getResponse().getContentAsString());
        assertThat(refused.select("[data-refusal]").text()).contains("bilangan bulat dari 0 sampai 100");
        assertThat(refused.select("#weight\\.notAppealed").val()).isEqualTo("-5");
        mvc.perform(draft(national, "weight.notAppealed", "15")).andExpect(status().isBadRequest())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Jumlah bobot harus 100, bukan 110")));
        mvc.perform(draft(national, "minimumVolume", "tiga puluh")).andExpect(status().isBadRequest())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Volume minimum")));
        mvc.perform(draft(national, "fairFrom", "90")).andExpect(status().isBadRequest());
        mvc.perform(post("/admin/peringkat/metode/terbitkan").with(user(national)).with(csrf()))
                .andExpect(status().isBadRequest());
        assertThat(methods.draft()).isEmpty();
        mvc.perform(post("/admin/peringkat/hitung").param("periode", "dua ribu").with(user(national)).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("tidak dikenal")));
        mvc.perform(post("/admin/peringkat/hitung").param("periode", "2019").with(user(regional)).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/peringkat/hitung").param("periode", "2019").with(user(national)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select count(*) from eval_ranking where period = '2019'").query(Long.class).single())
                .isEqualTo(1);

        mvc.perform(draft(national)).andExpect(status().is3xxRedirection());
        assertThat(methods.draft()).hasValueSatisfying(draft -> assertThat(draft.version()).isEqualTo(2));
        mvc.perform(post("/admin/peringkat/metode/terbitkan").with(user(national)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(methods.published().getFirst().version()).isEqualTo(2);
        assertThat(methods.draft()).isEmpty();
    }

    /**
     * A follow-up of Bandung's education office done in June 2019 citing three complaints counts for the office, the
     * city and the province: with policy use weighted 10 (and not appealed 0, not reopened 5), Bandung scores 25 + 25
     * + 15 + 12 + 5 + 10 × 1/2 = 87.00 and Bogor, without one, 82.00 — the tie broken. One citing two complaints, or
     * done in 2020, counts for nobody.
     */
    @Test
    void shouldCountPolicyFollowUpsDoneInThePeriodForTheAgencyAndThoseAboveIt() {
        long counted = followUp("pemda-32.73/DISDIK", "2019-06-01", 3);
        long tooFewCited = followUp("pemda-32.71", "2019-06-01", 2);
        long nextYear = followUp("pemda-32.71", "2020-01-01", 3);
        try {
            Map<Indicator, Integer> weights = new EnumMap<>(Indicator.class);
            weights.putAll(Map.of(Indicator.FOLLOW_UP_IN_TIME, 25, Indicator.RESPONSE_IN_TIME, 25,
                    Indicator.CONFIRMED_BY_REPORTER, 20, Indicator.SATISFACTION, 15, Indicator.NOT_REOPENED, 5,
                    Indicator.NOT_APPEALED, 0, Indicator.POLICY_USE, 10, Indicator.LEADERSHIP, 0));
            RankingMethod withPolicy = methods.saveDraft(AuditLog.Actor.system(), weights, 30, 1000, 100, 85, 70, 50,
                    "Uji pemanfaatan pengaduan");

            Rankings.Ranking ranking = rankings.compute(YEAR_2019, withPolicy);

            Rankings.Row bandung = rankings.rowOf(ranking, "pemda-32.73").orElseThrow();
            Rankings.Row bogor = rankings.rowOf(ranking, "pemda-32.71").orElseThrow();
            assertThat(bandung.policyActions()).isEqualTo(1);
            assertThat(rankings.rowOf(ranking, "pemda-32").orElseThrow().policyActions()).isEqualTo(1);
            assertThat(bogor.policyActions()).isZero();
            assertThat(bandung.percent(Indicator.POLICY_USE)).isEqualByComparingTo("50.0");
            assertThat(bandung.score()).isEqualByComparingTo("87.00");
            assertThat(bogor.score()).isEqualByComparingTo("82.00");
            assertThat(bandung.rank()).isEqualTo(1);
            assertThat(bogor.rank()).isEqualTo(2);
            assertThat(rankings.rowOf(rankings.of(YEAR_2019), "pemda-32.73").orElseThrow().score())
                    .as("the ranking with method 1 is unchanged").isEqualByComparingTo("92.00");
        } finally {
            jdbc.sql("delete from policy_follow_up where id in (?, ?, ?)").params(counted, tooFewCited, nextYear)
                    .update();
        }
    }

    private long followUp(String agency, String doneOn, int cited) {
        long id = jdbc.sql("""
                        insert into policy_follow_up (agency_code, title, category_code, region_code, root_cause,
                                                      action_kind, action, owner, status, planned_on, done_on,
                                                      opened_at, updated_at)
                        values (?, 'Uji', 'PENDIDIKAN-DASAR', '32', 'Uji', 'SOP', 'Uji', 'Uji', 'DONE', ?::date,
                                ?::date, now(), now()) returning id""")
                .params(agency, doneOn, doneOn).query(Long.class).single();
        for (int i = 0; i < cited; i++) {
            jdbc.sql("insert into policy_follow_up_complaint values (?, ?, now())").params(id, "UJI" + id + "X" + i)
                    .update();
        }
        return id;
    }

    @Test
    void shouldGradeRegionalGovernmentsAndSayWhatWouldRaiseAGrade() {
        Rankings.Ranking ranking = rankings.of(YEAR_2019);
        Map<String, Grades.Graded> graded = grades.all(ranking).stream()
                .collect(Collectors.toMap(g -> g.row().agencyCode(), g -> g));
        // 92.00, 92.00 and 85.90 reach Sangat Baik (85); 77.25 is Baik (70); Cirebon has too few to be graded.
        assertThat(graded.get("pemda-32.73").grade()).isEqualTo(RankingMethod.Grade.SANGAT_BAIK);
        assertThat(graded.get("pemda-32").grade()).isEqualTo(RankingMethod.Grade.SANGAT_BAIK);
        assertThat(graded.get("pemda-32.72").grade()).isEqualTo(RankingMethod.Grade.BAIK);
        assertThat(graded.get("pemda-32.74").grade()).isNull();
        assertThat(graded.values().stream().filter(g -> g.grade() != null).count()).isEqualTo(4);

        Grades.Explained sukabumi = grades.explain(ranking, "pemda-32.72").orElseThrow();
        // Points = 100 × weight × share ÷ 85 (satisfaction left out): 29.41 + 19.61 + 11.76 + 10.59 + 5.88 = 77.25.
        assertThat(sukabumi.reasons()).extracting(reason -> reason.points() == null ? null : reason.points().toPlainString())
                .containsExactly("29.41", "19.61", "11.76", null, "10.59", "5.88");
        assertThat(sukabumi.next()).isEqualTo(RankingMethod.Grade.SANGAT_BAIK);
        assertThat(sukabumi.nextFrom()).isEqualTo(85);
        // To 85 alone: response 66.7% + (85 − 77.2549…) × 85 ÷ 25 = 93.0% exactly (279 of 300); acceptance 50% +
        // 7.7451 × 85 ÷ 20 = 82.92 → 83.0%; follow-up and not appealed are full, not reopened would need over 100%.
        assertThat(sukabumi.raises()).extracting(raise -> raise.indicator().key() + " " + raise.from() + " " + raise.to())
                .containsExactly("responseInTime 66.7 93.0", "confirmedByReporter 50.0 83.0");
        assertThat(grades.explain(ranking, "pemda-32.73").orElseThrow().next()).isNull();
        assertThat(grades.explain(ranking, "kemenkes")).isEmpty();
    }

    @Test
    void shouldShowKemendagriEveryGradeAndEachGovernmentOnlyItsOwn() throws Exception {
        var ombudsman = staff.staff("ombudsman.predikat@sp4n.test", Role.OVERSIGHT, "ombudsman");
        var kemendagri = staff.staff("kemendagri.predikat@sp4n.test", Role.OFFICER, "kemendagri");
        var sukabumi = staff.staff("admin.sukabumi.predikat@sp4n.test", Role.AGENCY_ADMIN, "pemda-32.72");
        var sukabumiOfficer = staff.staff("petugas.sukabumi.predikat@sp4n.test", Role.OFFICER, "pemda-32.72/DISDIK");
        var ministry = staff.staff("petugas.kemenkes.predikat@sp4n.test", Role.OFFICER, "kemenkes");

        for (var all : List.of(ombudsman, kemendagri)) {
            Document page = Jsoup.parse(mvc.perform(get("/admin/predikat").param("periode", "2019").with(user(all)))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
            assertThat(page.select("[data-grades] tbody tr").eachAttr("data-body"))
                    .startsWith("pemda-32.73", "pemda-32.71", "pemda-32", "pemda-32.72");
            assertThat(page.select("[data-grade-counts] [data-grade=SANGAT_BAIK]").text()).isEqualTo("3");
            assertThat(page.select("[data-grade-counts] [data-grade=BAIK]").text()).isEqualTo("1");
        }
        String csv = mvc.perform(get("/admin/predikat/ekspor").param("periode", "2019").param("urut", "nama")
                        .with(user(ombudsman))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFkode,instansi,kelas,diterima,skor,predikat,metode");
        assertThat(csv).contains("pemda-32.72,Pemerintah Kota Sukabumi,Pemerintah kota,30,77.25,Baik,1");

        for (var own : List.of(sukabumi, sukabumiOfficer)) {
            mvc.perform(get("/admin/predikat").param("periode", "2019").with(user(own)))
                    .andExpect(status().is3xxRedirection())
                    .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers
                            .redirectedUrl("/admin/predikat/pemda-32.72?periode=2019"));
        }
        Document own = Jsoup.parse(mvc.perform(get("/admin/predikat/pemda-32.72").param("periode", "2019")
                .with(user(sukabumi))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(own.select("[data-grade]").text()).isEqualTo("Baik");
        assertThat(own.select("[data-raises] li").eachAttr("data-indicator"))
                .containsExactly("responseInTime", "confirmedByReporter");
        assertThat(own.select("[data-raises] li").first().text()).contains("66,7%").contains("93,0%");
        mvc.perform(get("/admin/predikat/pemda-32.73").param("periode", "2019").with(user(sukabumi)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/predikat/ekspor").param("periode", "2019").with(user(sukabumi)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/predikat").param("periode", "2019").with(user(ministry)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/predikat").param("urut", "acak").with(user(ombudsman))).andExpect(status().isBadRequest());
        mvc.perform(get("/admin/predikat/ekspor").param("format", "pdf").with(user(ombudsman)))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/admin/predikat/kemenkes").with(user(ombudsman))).andExpect(status().isNotFound());
        mvc.perform(get("/admin/predikat/tidak-ada").with(user(ombudsman))).andExpect(status().isNotFound());
    }

    /** A draft with the first method's fields, some of them as given ({@code "weight.notAppealed", "15"}, …). */
    private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder draft(
            org.springframework.security.core.userdetails.UserDetails admin, String... given) {
        Map<String, String> fields = new java.util.LinkedHashMap<>(Map.of("weight.followUpInTime", "25",
                "weight.responseInTime", "25", "weight.confirmedByReporter", "20", "weight.satisfaction", "15",
                "weight.notReopened", "10", "weight.notAppealed", "5", "minimumVolume", "30", "largeFrom", "1000",
                "mediumFrom", "100", "veryGoodFrom", "85"));
        fields.put("weight.policyUse", "0");
        fields.put("weight.leadership", "0");
        fields.put("goodFrom", "70");
        fields.put("fairFrom", "50");
        for (int i = 0; i < given.length; i += 2) {
            fields.put(given[i], given[i + 1]);
        }
        var request = post("/admin/peringkat/metode").with(user(admin)).with(csrf()).param("note", "Uji");
        fields.forEach(request::param);
        return request;
    }
}
