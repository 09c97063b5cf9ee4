package id.sp4n.portal.policy.web;

import java.util.Locale;

import id.sp4n.portal.agency.AgencyHierarchy;
import id.sp4n.portal.agency.AgencyNode;
import id.sp4n.portal.category.Category;
import id.sp4n.portal.category.CategoryCatalogue;
import id.sp4n.portal.region.Region;
import id.sp4n.portal.region.RegionDirectory;
import org.springframework.stereotype.Component;

/** Names for the codes the register keeps, for its pages ({@code ${names.agency(code)}} …); a code gone stays shown. */
@Component("policyNames")
class PolicyNames {

    private final AgencyHierarchy agencies;
    private final CategoryCatalogue categories;
    private final RegionDirectory regions;

    PolicyNames(AgencyHierarchy agencies, CategoryCatalogue categories, RegionDirectory regions) {
        this.agencies = agencies;
        this.categories = categories;
        this.regions = regions;
    }

    public String agency(String code) {
        return agencies.tree().find(code).map(AgencyNode::name).orElse(String.valueOf(code));
    }

    public String category(String code, Locale locale) {
        return categories.find(code).map(category -> category.displayName(locale)).orElse(String.valueOf(code));
    }

    /** A region's name; {@code null} (the whole country) has none: the page says "Seluruh Indonesia". */
    public String region(String code) {
        return code == null ? null : regions.find(code).map(Region::name).orElse(code);
    }

    /** Whether {@code categoryCode} is a category and {@code placeCode} a region (a problem's page may exist). */
    boolean known(String categoryCode, String placeCode) {
        return categories.find(categoryCode).isPresent() && regions.find(placeCode).isPresent();
    }

    public Iterable<Category> categories() {
        return categories.all();
    }
}
