package id.sp4n.portal.complaint;

import static id.sp4n.portal.support.ComplaintFormMother.aComplaint;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import id.sp4n.portal.support.AttachmentCorpus;
import id.sp4n.portal.support.ComplaintFormMother;
import id.sp4n.portal.support.PortalTest;
import id.sp4n.portal.support.SampleFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.util.UriComponentsBuilder;

/** Filing through the HTML form, the whole stack down to PostgreSQL and routing. */
@PortalTest
class IntakeTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    IntakeRules intakeRules;

    record Filed(String number, String key) {
    }

    private Filed file(ComplaintFormMother form, String door) throws Exception {
        MvcResult result = mvc.perform(form.postTo(door)).andExpect(status().is3xxRedirection()).andReturn();
        var query = UriComponentsBuilder.fromUriString(result.getResponse().getRedirectedUrl()).build().getQueryParams();
        return new Filed(query.getFirst("nomor"), query.getFirst("kunci"));
    }

    /** The path a complaint took; routing has run by the time the filer got the answer (docs/0033), so no waiting. */
    private List<String> routedPath(String number) {
        assertThat(jdbc.sql("select routed_at is not null from complaint where tracking_number = ?").param(number)
                .query(Boolean.class).single()).as("routed before the answer").isTrue();
        List<String> path = new java.util.ArrayList<>(jdbc.sql("select door_agency_code from complaint where tracking_number = ?")
                .param(number).query(String.class).list());
        path.addAll(jdbc.sql("""
                        select h.to_agency_code from complaint_hop h join complaint c on c.id = h.complaint_id
                         where c.tracking_number = ? order by h.seq""")
                .param(number).query(String.class).list());
        return path;
    }

    private long complaints() {
        return jdbc.sql("select count(*) from complaint").query(Long.class).single();
    }

    @Test
    void shouldRouteAProvincialAffairFromTheNationalDoorToTheProvince() throws Exception {
        Filed filed = file(aComplaint().with("categoryCode", "PENDIDIKAN-MENENGAH"), "/lapor");
        assertThat(routedPath(filed.number())).containsExactly("kemenpanrb", "pemda-32", "pemda-32/DISDIK");
        assertThat(jdbc.sql("select current_agency_code from complaint where tracking_number = ?")
                .param(filed.number()).query(String.class).single()).isEqualTo("pemda-32/DISDIK");
    }

    @Test
    void shouldRouteAPrimarySchoolThroughProvinceAndCity() throws Exception {
        Filed filed = file(aComplaint().with("categoryCode", "PENDIDIKAN-DASAR"), "/lapor");
        assertThat(routedPath(filed.number()))
                .containsExactly("kemenpanrb", "pemda-32", "pemda-32.73", "pemda-32.73/DISDIK");
    }

    @Test
    void shouldRouteImmigrationToTheMinistry() throws Exception {
        Filed filed = file(aComplaint().with("categoryCode", "IMIGRASI"), "/lapor");
        assertThat(routedPath(filed.number())).containsExactly("kemenpanrb", "kemenimipas");
    }

    @Test
    void shouldClimbToTheRootFromTheCityDoorForElectricity() throws Exception {
        Filed filed = file(aComplaint().with("categoryCode", "LISTRIK"), "/instansi/pemda-32.73/lapor");
        assertThat(routedPath(filed.number())).containsExactly("pemda-32.73", "pemda-32", "kemenpanrb", "pln");
    }

    @Test
    void shouldAcceptAUnitsOwnDoor() throws Exception {
        Filed filed = file(aComplaint().with("categoryCode", "PENDIDIKAN-DASAR"), "/instansi/pemda-32.73/DISDIK/lapor");
        assertThat(routedPath(filed.number())).containsExactly("pemda-32.73/DISDIK");
    }

    @Test
    void shouldCreateOneComplaintWhenTheSameFormIsPostedTwice() throws Exception {
        ComplaintFormMother form = aComplaint();
        long before = complaints();
        Filed first = file(form, "/lapor");
        Filed second = file(form, "/lapor");
        assertThat(second).isEqualTo(first);
        assertThat(complaints()).isEqualTo(before + 1);
    }

    @Test
    void shouldCreateOneComplaintWhenTheSameFormIsPostedTwiceAtOnce() throws Exception {
        ComplaintFormMother form = aComplaint();
        long before = complaints();
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var a = pool.submit(() -> file(form, "/lapor"));
            var b = pool.submit(() -> file(form, "/lapor"));
            assertThat(a.get().number()).isEqualTo(b.get().number());
        } finally {
            pool.shutdown();
        }
        assertThat(complaints()).isEqualTo(before + 1);
    }

    static List<Object[]> badForms() {
        String future = LocalDate.now().plusDays(2).toString();
        return List.of(
                new Object[] {"missing title", Map.of("title", ""), "title", "Judul laporan wajib diisi"},
                new Object[] {"short title", Map.of("title", "Rusak"), "title", "Judul harus 10 sampai 150 karakter"},
                new Object[] {"short description", Map.of("description", "Terlalu pendek"), "description", "30 sampai"},
                new Object[] {"future date", Map.of("incidentDate", future), "incidentDate", "tidak boleh di masa depan"},
                new Object[] {"not a date", Map.of("incidentDate", "kemarin"), "incidentDate", "TTTT-BB-HH"},
                new Object[] {"regency outside the province", Map.of("provinceCode", "33"), "regencyCode",
                        "Kota Bandung tidak berada di provinsi yang dipilih"},
                new Object[] {"district outside the regency", Map.of("districtCode", "32.04.05"), "districtCode",
                        "tidak berada di kabupaten/kota yang dipilih"},
                new Object[] {"unknown category", Map.of("categoryCode", "SIHIR"), "categoryCode", "Kategori ini tidak dikenal"},
                new Object[] {"unknown type", Map.of("type", "KELUHAN"), "type", "Pilih jenis laporan"},
                new Object[] {"unknown destination", Map.of("destinationAgencyCode", "pemda-99"), "destinationAgencyCode",
                        "Tidak ada instansi dengan nama atau kode"},
                new Object[] {"a destination named by words of several agencies",
                        Map.of("destinationAgencyCode", "Dinas Pendidikan Kota"), "destinationAgencyCode",
                        "Ada beberapa instansi yang cocok dengan"},
                new Object[] {"no way to reach the guest", Map.of("email", "", "phone", ""), "email",
                        "Isi e-mail atau nomor telepon"},
                new Object[] {"bad e-mail", Map.of("email", "siti@"), "email", "Alamat e-mail tidak valid"},
                new Object[] {"two addresses the mailer would split", Map.of("email", "a,b@example.org"), "email",
                        "Alamat e-mail tidak valid"},
                new Object[] {"an unclosed quote the mailer cannot parse", Map.of("email", "\"unclosed@example.org"),
                        "email", "Alamat e-mail tidak valid"},
                new Object[] {"bad phone", Map.of("phone", "telepon saya"), "phone", "Nomor telepon tidak valid"});
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badForms")
    void shouldShowTheProblemBesideTheFieldAndStoreNothing(String problem, Map<String, String> change, String field,
                                                           String message) throws Exception {
        ComplaintFormMother form = aComplaint();
        change.forEach(form::with);
        long before = complaints();

        mvc.perform(form.postTo("/lapor"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("id=\"" + field + "-error\"")))
                .andExpect(content().string(containsString(message)))
                // What was typed comes back.
                .andExpect(content().string(containsString("value=\"" + form.field("name") + "\"")));

        assertThat(complaints()).isEqualTo(before);
    }

    @Test
    void shouldNotFillAFieldFromARequestHeader() throws Exception {
        long before = complaints();
        mvc.perform(aComplaint().without("title").postTo("/lapor").header("title", "Judul dari header HTTP"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Judul laporan wajib diisi")));
        assertThat(complaints()).isEqualTo(before);
    }

    @Test
    void shouldRefuseASixthFileAndKeepEverythingElse() throws Exception {
        ComplaintFormMother form = aComplaint();
        byte[] pdf = SampleFiles.pdf("Surat keterangan");
        for (int i = 1; i <= 6; i++) {
            form.withFile("surat" + i + ".pdf", "application/pdf", pdf);
        }
        long before = complaints();
        mvc.perform(form.postTo("/lapor"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Paling banyak 5 lampiran (Anda memilih 6)")));
        assertThat(complaints()).isEqualTo(before);
    }

    @Test
    void shouldRefuseASixMegabyteFile() throws Exception {
        byte[] big = new byte[6 * 1024 * 1024];
        System.arraycopy("%PDF-1.4".getBytes(), 0, big, 0, 8);
        long before = complaints();
        mvc.perform(aComplaint().withFile("besar.pdf", "application/pdf", big).postTo("/lapor"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("lebih dari 5 MB")));
        assertThat(complaints()).isEqualTo(before);
    }

    @Test
    void shouldRefuseAProgramRenamedToJpg() throws Exception {
        byte[] program = new byte[4096];
        program[0] = 'M';
        program[1] = 'Z';
        long before = complaints();
        mvc.perform(aComplaint().withFile("foto.jpg", "image/jpeg", program).postTo("/lapor"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("bukan JPEG, PNG, atau PDF")));
        assertThat(complaints()).isEqualTo(before);
    }

    @Test
    void shouldStoreAttachmentsWithoutTheirLocation() throws Exception {
        Filed filed = file(aComplaint().withFile("jalan.jpg", "image/jpeg", AttachmentCorpus.jpegWithGps()),
                "/lapor");
        byte[] stored = jdbc.sql("""
                        select a.content from complaint_attachment a join complaint c on c.id = a.complaint_id
                         where c.tracking_number = ?""").param(filed.number()).query(byte[].class).single();
        assertThat(new String(stored, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("GPSLatitude");

        long attachmentId = jdbc.sql("select a.id from complaint_attachment a join complaint c on c.id = a.complaint_id"
                + " where c.tracking_number = ?").param(filed.number()).query(Long.class).single();
        mvc.perform(get("/lacak/{n}/lampiran/{id}", filed.number(), attachmentId).param("kunci", filed.key()))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
                        .string("X-Content-Type-Options", "nosniff"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
                        .string("Content-Disposition", containsString("attachment")));
        mvc.perform(get("/lacak/{n}/lampiran/{id}", filed.number(), attachmentId)).andExpect(status().isNotFound());
    }

    static java.util.List<AttachmentCorpus.Sample> uploads() throws java.io.IOException {
        return AttachmentCorpus.uploads();
    }

    /** The upload probe table: each file of the corpus through the form, stored without what it hid. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("uploads")
    void shouldStoreEveryCorpusFileWithoutWhatItHid(AttachmentCorpus.Sample sample) throws Exception {
        Filed filed = file(aComplaint().withFile(sample.name(), sample.mediaType(), sample.content()), "/lapor");
        byte[] stored = jdbc.sql("""
                        select a.content from complaint_attachment a join complaint c on c.id = a.complaint_id
                         where c.tracking_number = ?""").param(filed.number()).query(byte[].class).single();
        String text = new String(stored, java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThat(sample.secrets()).allSatisfy(secret -> assertThat(text).doesNotContain(secret));
    }

    @Test
    void shouldShowScriptAndHtmlAsText() throws Exception {
        Filed filed = file(aComplaint()
                .with("title", "<script>alert('judul')</script>")
                .with("description", "<b>tebal</b> <img src=x onerror=alert(1)> dan seterusnya sampai cukup panjang"),
                "/lapor");
        mvc.perform(get("/lacak/{n}", filed.number()))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("<script>alert("))))
                .andExpect(content().string(not(containsString("<img src=x"))))
                .andExpect(content().string(containsString("&lt;script&gt;alert(&#39;judul&#39;)&lt;/script&gt;")))
                .andExpect(content().string(containsString("&lt;b&gt;tebal&lt;/b&gt;")));
    }

    @Test
    void shouldHideAConfidentialComplaintFromEveryoneButItsReporter() throws Exception {
        Filed filed = file(aComplaint().with("confidential", "true"), "/lapor");
        mvc.perform(get("/lacak/{n}", filed.number())).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/complaints/{n}", filed.number())).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.status").value(404));
        mvc.perform(get("/lacak/{n}", filed.number()).param("kunci", "AAAAAAAAAAAAAAAAAAAAAA"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/lacak/{n}", filed.number()).param("kunci", filed.key())).andExpect(status().isOk());
        mvc.perform(get("/api/v1/complaints/{n}", filed.number()).param("kunci", filed.key()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.trackingNumber").value(filed.number()));
        mvc.perform(get("/laporan").param("q", "atap")).andExpect(content().string(not(containsString(filed.number()))));
    }

    private String languageLink(String page, String language) throws Exception {
        String body = mvc.perform(get(page)).andReturn().getResponse().getContentAsString();
        java.util.regex.Matcher link = java.util.regex.Pattern.compile("href=\"([^\"]*lang=" + language + ")\"")
                .matcher(body);
        assertThat(link.find()).as("language link on " + page).isTrue();
        return link.group(1).replace("&amp;", "&");
    }

    /** Issue 17: the language switch dropped the query, so the confirmation page answered 400 and the key was lost. */
    @Test
    void shouldKeepTheTrackingNumberTheKeyAndTheFiltersWhenTheLanguageChanges() throws Exception {
        Filed filed = file(aComplaint(), "/lapor");
        String confirmation = "/lapor/terkirim?nomor=" + filed.number() + "&kunci=" + filed.key();

        String english = languageLink(confirmation, "en");
        assertThat(english).contains("nomor=" + filed.number()).contains("kunci=" + filed.key());
        mvc.perform(get(english))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Your report has been received")))
                .andExpect(content().string(containsString("kunci=" + filed.key())));
        String back = languageLink(english, "id");
        assertThat(back).contains("kunci=" + filed.key()).doesNotContain("lang=en");

        assertThat(languageLink("/lacak/" + filed.number() + "?kunci=" + filed.key(), "en"))
                .contains("kunci=" + filed.key());
        assertThat(languageLink("/laporan?q=bocor&halaman=2", "en")).contains("q=bocor").contains("halaman=2");
        // A page answered to a form post links to the form's page itself (a link cannot repeat the post).
        mvc.perform(aComplaint().without("title").postTo("/lapor"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("href=\"/lapor?lang=en\"")));
    }

    /**
     * No public page, list, search or API shows who filed a complaint — not the name of a reporter who did not ask
     * for anonymity either (issue 17: the tracking page showed it) — while the reporter's own view has it all.
     */
    @Test
    void shouldShowNoReporterOnAnyPublicPageOrApi() throws Exception {
        String name = "Wiryawan Sastrodiharjo";
        Filed open = file(aComplaint().with("name", name).with("email", "wiryawan@example.id")
                .with("phone", "0813 9876 5432").with("title", "Trotoar di depan pasar Kosambi rusak parah"), "/lapor");
        Filed anonymous = file(aComplaint().with("anonymous", "true").with("name", "Rahasia Sekali"), "/lapor");
        List<String> publicPages = List.of("/lacak/" + open.number(), "/lacak/" + open.number() + "?lang=en",
                "/lacak?nomor=" + open.number(), "/api/v1/complaints/" + open.number(), "/laporan",
                "/laporan?q=Kosambi", "/laporan?lang=en", "/", "/instansi/pemda-32.73",
                "/lacak/" + anonymous.number(), "/api/v1/complaints/" + anonymous.number());
        for (String page : publicPages) {
            String body = mvc.perform(get(page)).andReturn().getResponse().getContentAsString();
            assertThat(body).as(page).doesNotContain(name, "wiryawan@example.id", "0813 9876 5432", "Rahasia Sekali",
                    "siti.rahmawati@example.id");
        }
        mvc.perform(get("/lacak/{n}", open.number()))
                .andExpect(content().string(containsString("Tidak ditampilkan untuk umum")));
        mvc.perform(get("/lapor")).andExpect(content().string(containsString(
                "Nama dan kontak Anda tidak pernah ditampilkan untuk umum")));
        mvc.perform(get("/lacak/{n}", anonymous.number())).andExpect(content().string(containsString("Anonim")));

        mvc.perform(get("/lacak/{n}", open.number()).param("kunci", open.key()))
                .andExpect(content().string(containsString(name)))
                .andExpect(content().string(containsString("wiryawan@example.id")));
        mvc.perform(get("/lacak/{n}", anonymous.number()).param("kunci", anonymous.key()))
                .andExpect(content().string(containsString("Rahasia Sekali")));
    }

    @Test
    void shouldAnswerTheJsonApiWithTheTrailAndCurrentAgency() throws Exception {
        Filed filed = file(aComplaint().with("categoryCode", "PENDIDIKAN-MENENGAH"), "/lapor");
        routedPath(filed.number());
        mvc.perform(get("/api/v1/complaints/{n}", filed.number()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.trackingNumber").value(filed.number()))
                .andExpect(jsonPath("$.type").value("PENGADUAN"))
                .andExpect(jsonPath("$.status").value("SUBMITTED"))
                .andExpect(jsonPath("$.categoryCode").value("PENDIDIKAN-MENENGAH"))
                .andExpect(jsonPath("$.currentAgency.code").value("pemda-32/DISDIK"))
                .andExpect(jsonPath("$.currentAgency.name").value("Dinas Pendidikan Provinsi Jawa Barat"))
                .andExpect(jsonPath("$.trail[0].from").value("kemenpanrb"))
                .andExpect(jsonPath("$.trail[0].to").value("pemda-32"))
                .andExpect(jsonPath("$.trail[1].to").value("pemda-32/DISDIK"))
                .andExpect(jsonPath("$.trail[1].reason").value(containsString("urusan pemerintah provinsi")))
                .andExpect(jsonPath("$.createdAt").exists())
                .andExpect(jsonPath("$.reporterEmail").doesNotExist());
        mvc.perform(get("/api/v1/complaints/{n}", "0000-0000-0000")).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/complaints/{n}", "bukan-nomor")).andExpect(status().isNotFound());
    }

    @Test
    void shouldExplainWhyAChosenDestinationWasNotUsed() throws Exception {
        Filed filed = file(aComplaint().with("categoryCode", "PENDIDIKAN-MENENGAH")
                .with("destinationAgencyCode", "pemda-32.73/DISDIK"), "/lapor");
        routedPath(filed.number());
        mvc.perform(get("/lacak/{n}", filed.number()))
                .andExpect(content().string(containsString("Anda memilih Dinas Pendidikan Kota Bandung, tetapi")));
    }

    @Test
    void shouldTakeTheDestinationByItsNameAsWellAsItsCode() throws Exception {
        Filed filed = file(aComplaint().with("categoryCode", "PENDIDIKAN-MENENGAH")
                .with("destinationAgencyCode", "  dinas pendidikan kota bandung "), "/lapor");
        routedPath(filed.number());
        assertThat(jdbc.sql("select requested_agency_code from complaint where tracking_number = ?")
                .param(filed.number()).query(String.class).single()).isEqualTo("pemda-32.73/DISDIK");
    }

    @Test
    void shouldLinkEveryOpenAgencyPageToItsOwnDoor() throws Exception {
        mvc.perform(get("/instansi/pemda-32.73/DISDIK"))
                .andExpect(content().string(containsString("href=\"/instansi/pemda-32.73/DISDIK/lapor\"")))
                .andExpect(content().string(containsString("href=\"/laporan?agency=pemda-32.73/DISDIK\"")));
        mvc.perform(get("/laporan").param("agency", "Dinas Pendidikan Kota Bandung")).andExpect(status().isOk());
    }

    /** The form and the JSON API are adapters over the same intake rules: the same bad input, the same problem. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("badForms")
    void shouldRefuseTheSameInputThroughTheApiWithTheSameProblem(String problem, Map<String, String> change,
                                                                 String field, String message) throws Exception {
        ComplaintFormMother form = aComplaint();
        change.forEach(form::with);
        long before = complaints();
        var request = org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/api/v1/complaints");
        form.fields().forEach(request::param);

        mvc.perform(request).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fields[*].field").value(org.hamcrest.Matchers.contains(field)))
                .andExpect(jsonPath("$.fields[0].message").value(containsString(message)));

        assertThat(complaints()).isEqualTo(before);
    }

    @Test
    void shouldCheckADraftFromAnyChannelWithTheSameRules() {
        ComplaintDraft draft = new ComplaintDraft("PENGADUAN", "Lampu jalan mati sepekan",
                "Lampu penerangan jalan di depan pasar sudah mati satu minggu dan jalan menjadi gelap.",
                LocalDate.now().minusDays(1).toString(), "32", "32.73", null, null, "LISTRIK", null, false, false,
                "Budi", null, "081234567890", List.of(new ComplaintDraft.Attachment("foto.jpg", "image/jpeg",
                        "MZ bukan gambar".getBytes(java.nio.charset.StandardCharsets.UTF_8))),
                IntakeChannel.OPEN311, "kemenpanrb", null, "id", null);

        IntakeRules.Checked refused = intakeRules.check(draft);
        assertThat(refused.complaint()).isEmpty();
        assertThat(refused.problems()).extracting(FieldProblem::field).containsExactly("attachments");

        ComplaintDraft withoutFile = new ComplaintDraft(draft.type(), draft.title(), draft.description(),
                draft.incidentDate(), draft.provinceCode(), draft.regencyCode(), null, null, draft.categoryCode(), null,
                false, false, draft.name(), null, draft.phone(), List.of(), IntakeChannel.OPEN311, "kemenpanrb", null,
                "id", null);
        NewComplaint accepted = intakeRules.check(withoutFile).complaint().orElseThrow();
        assertThat(accepted.channel()).isEqualTo(IntakeChannel.OPEN311);
        assertThat(accepted.reporter().name()).isEqualTo("Budi");
    }

    @Test
    void shouldRecordTheChannelEachComplaintCameThrough() throws Exception {
        String fromForm = mvc.perform(aComplaint().postTo("/lapor")).andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl().replaceAll(".*nomor=([^&]+).*", "$1");
        var request = org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/api/v1/complaints");
        aComplaint().fields().forEach(request::param);
        String fromApi = com.jayway.jsonpath.JsonPath.read(mvc.perform(request).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString(), "$.trackingNumber");
        assertThat(jdbc.sql("select channel from complaint where tracking_number = ?").param(fromForm)
                .query(String.class).single()).isEqualTo("WEB");
        assertThat(jdbc.sql("select channel from complaint where tracking_number = ?").param(fromApi)
                .query(String.class).single()).isEqualTo("API");
    }

    @Test
    void shouldAcceptTheSameFieldsFromOtherClientsThroughTheApi() throws Exception {
        ComplaintFormMother form = aComplaint().with("categoryCode", "LISTRIK");
        var request = org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/api/v1/complaints");
        form.fields().forEach(request::param);
        mvc.perform(request)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.trackingNumber").isString())
                .andExpect(jsonPath("$.privateTrackingUrl").value(containsString("kunci=")));
        var bad = org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/api/v1/complaints");
        aComplaint().with("title", "").fields().forEach(bad::param);
        mvc.perform(bad).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fields[0].field").value("title"))
                .andExpect(jsonPath("$.fields[0].message").value("Judul laporan wajib diisi."));
    }

    @Test
    void shouldListPublicComplaintsWithIndonesianFullTextSearch() throws Exception {
        Filed flood = file(aComplaint().with("title", "Drainase tersumbat menyebabkan banjir")
                .with("description", "Saluran air di depan pasar tersumbat sampah sehingga jalan tergenang setiap hujan deras."),
                "/lapor");
        // "genangan" and "tergenang" share the stem "genang"; "menyebabkan" and "sebab" share "sebab".
        mvc.perform(get("/laporan").param("q", "genangan"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(flood.number())));
        mvc.perform(get("/laporan").param("q", "sebab banjir").param("province", "32"))
                .andExpect(content().string(containsString(flood.number())));
        mvc.perform(get("/laporan").param("q", "genangan").param("province", "33"))
                .andExpect(content().string(not(containsString(flood.number()))));
        mvc.perform(get("/laporan").param("category", "PENDIDIKAN-DASAR").param("q", "genangan"))
                .andExpect(content().string(containsString(flood.number())));
        mvc.perform(get("/laporan").param("page", "-1")).andExpect(status().isBadRequest());
    }

    @Test
    void shouldLoadDistrictsWithoutJavaScript() throws Exception {
        mvc.perform(aComplaint().with("refresh", "districts").with("title", "").postTo("/lapor"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Coblong")))
                .andExpect(content().string(not(containsString("id=\"title-error\""))));
    }

    @Test
    void shouldKeepTheChosenPlaceAndCategoryAndMarkAMissingRegency() throws Exception {
        String kept = mvc.perform(aComplaint().with("refresh", "districts").with("districtCode", "32.73.01")
                        .postTo("/lapor"))
                .andReturn().getResponse().getContentAsString();
        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(kept);
        assertThat(page.select("#provinceCode option[selected]").eachAttr("value")).containsExactly("32");
        assertThat(page.select("#regencyCode option[selected]").eachAttr("value")).containsExactly("32.73");
        assertThat(page.select("#categoryCode option[selected]").eachAttr("value")).containsExactly("PENDIDIKAN-DASAR");
        assertThat(page.select("#districtCode option[selected]").eachAttr("value")).containsExactly("32.73.01");

        String refused = mvc.perform(aComplaint().with("regencyCode", "").postTo("/lapor"))
                .andReturn().getResponse().getContentAsString();
        org.jsoup.nodes.Document again = org.jsoup.Jsoup.parse(refused);
        assertThat(again.select("#regencyCode").hasClass("is-invalid")).isTrue();
        assertThat(again.select("#regencyCode").attr("aria-invalid")).isEqualTo("true");
        assertThat(again.select("#regencyCode option[selected]")).isEmpty();
        assertThat(again.select("#provinceCode").hasClass("is-invalid")).isFalse();
    }

    @Test
    void shouldExplainAMistypedTrackingNumberAndForgiveHyphensAndCase() throws Exception {
        mvc.perform(get("/lacak").param("nomor", "7KQ2-M9XH-3AB"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Nomor ini tidak valid")))
                .andExpect(content().string(containsString("value=\"7KQ2-M9XH-3AB\"")));
        Filed filed = file(aComplaint(), "/lapor");
        String typed = (filed.number().substring(0, 4) + "-" + filed.number().substring(4, 8) + " "
                + filed.number().substring(8)).toLowerCase();
        mvc.perform(get("/lacak").param("nomor", typed))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers
                        .redirectedUrl("/lacak/" + filed.number()));
    }

    @Test
    void shouldAnswer404ForAnUnknownDoor() throws Exception {
        mvc.perform(get("/instansi/pemda-31.74/lapor")).andExpect(status().isNotFound());
        mvc.perform(aComplaint().postTo("/instansi/pemda-99/lapor")).andExpect(status().isNotFound());
    }
}
