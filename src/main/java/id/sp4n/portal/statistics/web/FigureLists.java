package id.sp4n.portal.statistics.web;

import java.util.LinkedHashMap;
import java.util.Map;

import id.sp4n.portal.agency.AgencyHierarchy;
import id.sp4n.portal.agency.AgencyNode;
import id.sp4n.portal.statistics.ComplaintRows;
import id.sp4n.portal.statistics.Scope;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The list of complaints behind one headline figure, for the public page (public complaints, linked to their public
 * record) and the staff dashboard (confidential ones too, linked to their cases): the first
 * {@value #SHOWN} by filing, with how many there are in all.
 */
@Component
class FigureLists {

    static final int SHOWN = 200;

    private final ComplaintRows rows;
    private final AgencyHierarchy agencies;

    FigureLists(ComplaintRows rows, AgencyHierarchy agencies) {
        this.rows = rows;
        this.agencies = agencies;
    }

    String show(Scope scope, ViewRequests.View view, String figureKey, boolean staff, String back, Model model) {
        ComplaintRows.Page page = rows.behind(scope, ViewRequests.figureKey(figureKey), SHOWN);
        Map<String, String> names = new LinkedHashMap<>();
        page.rows().forEach(row -> names.computeIfAbsent(row.agency(),
                code -> agencies.tree().find(code).map(AgencyNode::name).orElse(code)));
        model.addAttribute("agency", view.agency());
        model.addAttribute("from", view.from());
        model.addAttribute("to", view.to());
        model.addAttribute("figureKey", figureKey);
        model.addAttribute("page", page);
        model.addAttribute("names", names);
        model.addAttribute("staff", staff);
        model.addAttribute("backPath", back);
        return "statistics/complaints";
    }
}
