package id.sp4n.portal.routing;

import id.sp4n.portal.agency.AgencyHierarchy;
import id.sp4n.portal.category.CategoryCatalogue;
import id.sp4n.portal.region.Region;
import id.sp4n.portal.region.RegionDirectory;
import id.sp4n.portal.region.RegionLevel;
import id.sp4n.portal.shared.InvalidRequestException;
import org.springframework.stereotype.Service;

/**
 * Answers "where would a complaint go, and why?" for a door, a category and a regency/city, with the very
 * {@link RoutePlanner} (and so the same {@link AuthorityResolver} and responsibility rules) that routes real
 * complaints: there is no second copy of the logic to drift apart.
 */
@Service
public class RoutingSimulator {

    private final RoutePlanner planner;
    private final AgencyHierarchy hierarchy;
    private final CategoryCatalogue categories;
    private final RegionDirectory regions;

    RoutingSimulator(RoutePlanner planner, AgencyHierarchy hierarchy, CategoryCatalogue categories,
                     RegionDirectory regions) {
        this.planner = planner;
        this.hierarchy = hierarchy;
        this.categories = categories;
        this.regions = regions;
    }

    /** {@code categoryCode} may be blank ("Lainnya / tidak tahu"). */
    public Route simulate(String doorCode, String categoryCode, String regencyCode) {
        if (doorCode == null || !hierarchy.tree().contains(doorCode)) {
            throw new InvalidRequestException("simulator.error.door", doorCode == null ? "" : doorCode);
        }
        String category = categoryCode == null || categoryCode.isBlank() ? null : categoryCode;
        if (category != null && categories.find(category).isEmpty()) {
            throw new InvalidRequestException("simulator.error.category", category);
        }
        Region regency = regencyCode == null ? null : regions.find(regencyCode)
                .filter(r -> r.level() == RegionLevel.REGENCY || r.level() == RegionLevel.CITY).orElse(null);
        if (regency == null) {
            throw new InvalidRequestException("simulator.error.region", regencyCode == null ? "" : regencyCode);
        }
        return planner.plan(doorCode, category, regency.provinceCode(), regency.code(), null);
    }
}
