package id.sp4n.portal.complaint.handling;

import java.util.List;
import java.util.Map;

import id.sp4n.portal.agency.AgencyHierarchy;
import id.sp4n.portal.audit.AuditLog;
import id.sp4n.portal.shared.ActionForbiddenException;
import id.sp4n.portal.shared.FormInput;
import id.sp4n.portal.shared.InvalidRequestException;
import id.sp4n.portal.shared.RecordNotFoundException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Per-agency reply templates. Agency admins keep them for the agencies of their subtree, the national admin for
 * any agency; officers use them (see {@link Casework#templatesFor}). Every change is audited.
 */
@Service
@Transactional
public class ReplyTemplates {

    static final int NAME_MAX = 120;
    static final int BODY_MAX = 5000;

    private final JdbcClient jdbc;
    private final AgencyHierarchy hierarchy;
    private final AuditLog audit;

    ReplyTemplates(JdbcClient jdbc, AgencyHierarchy hierarchy, AuditLog audit) {
        this.jdbc = jdbc;
        this.hierarchy = hierarchy;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<ReplyTemplate> of(String agencyCode) {
        return jdbc.sql("select id, agency_code, name, body from reply_template where agency_code = :agency order by name")
                .param("agency", agencyCode)
                .query((rs, row) -> new ReplyTemplate(rs.getLong("id"), rs.getString("agency_code"),
                        rs.getString("name"), rs.getString("body")))
                .list();
    }

    public void add(Staff staff, String agencyCode, String name, String body) {
        mayManage(staff, agencyCode);
        String cleanName = FormInput.requiredText(name, NAME_MAX, "templates.error.name.required");
        String cleanBody = FormInput.requiredText(body, BODY_MAX, "templates.error.body.required");
        try {
            long id = jdbc.sql("""
                            insert into reply_template (agency_code, name, body) values (:agency, :name, :body)
                            returning id""")
                    .param("agency", agencyCode).param("name", cleanName).param("body", cleanBody)
                    .query(Long.class).single();
            audit.record(actor(staff), "TEMPLATE_ADD", "reply_template", String.valueOf(id), null,
                    Map.of("agency", agencyCode, "name", cleanName, "body", cleanBody));
        } catch (DuplicateKeyException taken) {
            throw new InvalidRequestException("templates.error.duplicate", cleanName);
        }
    }

    /** Deletes a template; returns the agency it belonged to. */
    public String delete(Staff staff, long id) {
        ReplyTemplate template = jdbc.sql("select id, agency_code, name, body from reply_template where id = :id")
                .param("id", id)
                .query((rs, row) -> new ReplyTemplate(rs.getLong("id"), rs.getString("agency_code"),
                        rs.getString("name"), rs.getString("body")))
                .optional()
                .orElseThrow(() -> new RecordNotFoundException("templates.notFound", id));
        mayManage(staff, template.agencyCode());
        jdbc.sql("delete from reply_template where id = :id").param("id", id).update();
        audit.record(actor(staff), "TEMPLATE_DELETE", "reply_template", String.valueOf(id),
                Map.of("agency", template.agencyCode(), "name", template.name(), "body", template.body()), null);
        return template.agencyCode();
    }

    /** Agency admins inside their subtree, the national admin everywhere; nobody else. */
    private void mayManage(Staff staff, String agencyCode) {
        boolean allowed = switch (staff.scope()) {
            case NATIONAL -> hierarchy.tree().contains(agencyCode);
            case SUBTREE -> hierarchy.tree().isWithin(agencyCode, staff.agencyCode());
            case AGENCY, OVERSIGHT -> false;
        };
        if (!allowed) {
            throw new ActionForbiddenException("templates.refused");
        }
    }


    private static AuditLog.Actor actor(Staff staff) {
        return new AuditLog.Actor(staff.accountId(), staff.name());
    }
}
