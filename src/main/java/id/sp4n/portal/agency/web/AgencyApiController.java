package id.sp4n.portal.agency.web;

import java.util.List;

import id.sp4n.portal.agency.AgencyDetails;
import id.sp4n.portal.agency.AgencyDirectory;
import id.sp4n.portal.agency.AgencyPage;
import id.sp4n.portal.agency.AgencyQuery;
import id.sp4n.portal.agency.AgencySummary;
import id.sp4n.portal.agency.AgencyTier;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Open data: the agency directory and each agency's place in the tree. */
@RestController
@RequestMapping("/api/v1/agencies")
class AgencyApiController {

    private final AgencyDirectory directory;

    AgencyApiController(AgencyDirectory directory) {
        this.directory = directory;
    }

    @GetMapping
    AgencyListJson agencies(@RequestParam(required = false) String tier,
                            @RequestParam(required = false) String parent,
                            @RequestParam(required = false) String q,
                            @RequestParam(defaultValue = "0") int page,
                            @RequestParam(defaultValue = "" + AgencyQuery.DEFAULT_PAGE_SIZE) int size) {
        AgencyPage result = directory.search(new AgencyQuery(AgencyQuery.tierParameter(tier), parent, q, page, size));
        return new AgencyListJson(result.items(), result.total());
    }

    /** Unit codes contain one slash ({@code pemda-32.73/DISDIK}), so a unit's URL has two path segments. */
    @GetMapping({"/{code}", "/{code}/{unit}"})
    AgencyJson agency(@PathVariable String code, @PathVariable(required = false) String unit) {
        AgencyDetails details = directory.details(unit == null ? code : code + "/" + unit);
        AgencySummary agency = details.agency();
        return new AgencyJson(agency.code(), agency.name(), agency.kind(), agency.tier(), agency.parentCode(),
                agency.regionCode(), details.path().stream().map(AgencySummary::code).toList(), details.childCount());
    }

    record AgencyListJson(List<AgencySummary> items, long total) {
    }

    record AgencyJson(String code, String name, String kind, AgencyTier tier, String parentCode, String regionCode,
                      List<String> path, int childCount) {
    }
}
