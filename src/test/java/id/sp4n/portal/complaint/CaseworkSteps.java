package id.sp4n.portal.complaint;

import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;

import id.sp4n.portal.identity.Role;
import id.sp4n.portal.support.ComplaintFormMother;
import id.sp4n.portal.support.StaffMother;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What casework tests do over and over: enrol staff, file and wait for routing, read a column, post an action. Public
 * for the modules that follow complaints through their events (statistics).
 */
public final class CaseworkSteps {

    static final String PASSWORD = StaffMother.PASSWORD;

    /** A filed complaint: its number and the secret key of the reporter's private link. */
    public record Filed(String number, String key) {
    }

    private final MockMvc mvc;
    private final JdbcClient jdbc;
    private final StaffMother staffMother;

    public CaseworkSteps(MockMvc mvc, JdbcClient jdbc, StaffMother staffMother) {
        this.mvc = mvc;
        this.jdbc = jdbc;
        this.staffMother = staffMother;
    }

    public UserDetails staff(String email, Role role, String agency) {
        return staffMother.staff(email, role, agency, "Petugas " + agency);
    }

    /** Files at a door and waits until routing has placed the complaint. */
    public Filed file(ComplaintFormMother form, String door) throws Exception {
        String location = mvc.perform(form.postTo("/instansi/" + door + "/lapor"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        var query = UriComponentsBuilder.fromUriString(location).build().getQueryParams();
        String number = query.getFirst("nomor");
        await().atMost(Duration.ofSeconds(10)).until(() -> field(number, "routed_at is not null", Boolean.class));
        return new Filed(number, query.getFirst("kunci"));
    }

    public <T> T field(String number, String expression, Class<T> type) {
        return jdbc.sql("select " + expression + " from complaint where tracking_number = ?").param(number)
                .query(type).single();
    }

    long version(String number) {
        return field(number, "version", Long.class);
    }

    List<String> hopTargets(String number) {
        return jdbc.sql("""
                        select h.to_agency_code from complaint_hop h join complaint c on c.id = h.complaint_id
                         where c.tracking_number = ? order by h.seq""").param(number).query(String.class).list();
    }

    List<String> auditedActions(String number) {
        return jdbc.sql("select action from audit_log where object_id = ? order by id").param(number)
                .query(String.class).list();
    }

    /** An officer's action on the case page, with the version the officer sees now; params are name, value pairs. */
    MockHttpServletRequestBuilder action(UserDetails who, String number, String action, String... params) {
        MockHttpServletRequestBuilder request = post("/petugas/laporan/" + number + "/" + action).with(user(who))
                .with(csrf()).param("version", String.valueOf(version(number)));
        for (int i = 0; i + 1 < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return request;
    }

    public ResultActions act(UserDetails who, String number, String action, String... params) throws Exception {
        return mvc.perform(action(who, number, action, params));
    }

    /** The reporter's action on the tracking page, proven by the private link's key. */
    public ResultActions reporter(Filed filed, String action, String... params) throws Exception {
        MockHttpServletRequestBuilder request = post("/lacak/" + filed.number() + "/" + action).with(csrf())
                .param("kunci", filed.key());
        for (int i = 0; i + 1 < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return mvc.perform(request);
    }
}
