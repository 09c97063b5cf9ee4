package id.sp4n.portal.audit.web;

import id.sp4n.portal.audit.AuditLog;
import id.sp4n.portal.shared.FormInput;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** {@code /admin/audit}: who did what to which object when, with before and after (national admin, oversight). */
@Controller
class AuditController {

    private final AuditLog audit;

    AuditController(AuditLog audit) {
        this.audit = audit;
    }

    @GetMapping("/admin/audit")
    String search(@RequestParam(required = false) String objectType, @RequestParam(required = false) String objectId,
                  @RequestParam(required = false) String action, @RequestParam(required = false) String actor,
                  @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                  @RequestParam(defaultValue = "0") int page, Model model) {
        AuditLog.Query query = new AuditLog.Query(objectType, objectId, action, actor, FormInput.optionalDate(from, "audit.error.date", from),
                FormInput.optionalDate(to, "audit.error.date", to), page);
        model.addAttribute("query", query);
        model.addAttribute("entries", audit.search(query));
        return "audit/audit";
    }

}
