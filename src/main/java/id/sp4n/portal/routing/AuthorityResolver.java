package id.sp4n.portal.routing;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import id.sp4n.portal.agency.AgencyTree;
import id.sp4n.portal.category.AuthorityTier;
import id.sp4n.portal.category.Category;
import id.sp4n.portal.category.CategoryCatalogue;
import org.springframework.stereotype.Service;

/**
 * Decides who has authority over a complaint of a category located in a province and regency (domain.md,
 * "Who has authority"): the most specific responsibility rule in force, else the category's default tier —
 * the named central body, or the government of that tier covering the place (Jakarta's regency affairs go to
 * the provincial government) and its unit of the handler kind, or the government itself when it has no
 * such unit. Works on in-memory snapshots only, so one decision takes microseconds.
 */
@Service
public class AuthorityResolver {

    static final String JAKARTA = "31";
    private static final ZoneId RULE_ZONE = ZoneId.of("Asia/Jakarta");

    private final CategoryCatalogue categories;
    private final ResponsibilityRules rules;
    private final Clock clock;

    AuthorityResolver(CategoryCatalogue categories, ResponsibilityRules rules, Clock clock) {
        this.categories = categories;
        this.rules = rules;
        this.clock = clock;
    }

    public AuthorityDecision resolve(AgencyTree tree, String categoryCode, String provinceCode, String regencyCode) {
        Optional<Category> category = categories.find(categoryCode);
        if (category.isEmpty()) {
            return none(regencyCode);
        }
        Category c = category.get();
        String categoryArg = "category:" + c.code();
        Optional<ResponsibilityRule> rule = rules.mostSpecific(c.code(), provinceCode, regencyCode,
                LocalDate.now(clock.withZone(RULE_ZONE)));
        if (rule.isPresent() && tree.contains(rule.get().agencyCode())) {
            ResponsibilityRule r = rule.get();
            return new AuthorityDecision(AuthorityDecision.Kind.OVERRIDE, r.agencyCode(),
                    "OVERRIDE #" + r.id() + ": " + c.code() + " @ " + r.regionCode() + " → " + r.agencyCode()
                            + " (from " + r.effectiveFrom() + ")",
                    "route.authority.override", List.of(categoryArg, "region:" + r.regionCode(),
                    "agency:" + r.agencyCode(), "date:" + r.effectiveFrom()));
        }
        if (!c.hasDefaultAuthority()) {
            return none(regencyCode);
        }
        String defaultRule = "DEFAULT " + c.code() + ": " + c.tier() + "/" + c.handler();
        if (c.tier() == AuthorityTier.CENTRAL) {
            if (!tree.contains(c.handler())) {
                return none(regencyCode);
            }
            return new AuthorityDecision(AuthorityDecision.Kind.CENTRAL, c.handler(), defaultRule,
                    "route.authority.central", List.of(categoryArg, "agency:" + c.handler()));
        }
        boolean jakarta = c.tier() == AuthorityTier.REGENCY && JAKARTA.equals(provinceCode);
        String government = "pemda-" + (c.tier() == AuthorityTier.PROVINCE || jakarta ? provinceCode : regencyCode);
        if (!tree.contains(government)) {
            return none(regencyCode);
        }
        String unit = government + "/" + c.handler();
        String tierArg = "tier:" + c.tier();
        if (jakarta) {
            String target = tree.contains(unit) ? unit : government;
            return new AuthorityDecision(AuthorityDecision.Kind.JAKARTA, target,
                    defaultRule + "; Jakarta: regency affairs → pemda-31", "route.authority.jakarta",
                    List.of(categoryArg, "agency:" + target));
        }
        if (tree.contains(unit)) {
            return new AuthorityDecision(AuthorityDecision.Kind.DEFAULT_UNIT, unit, defaultRule,
                    "route.authority.default", List.of(categoryArg, tierArg, "agency:" + unit));
        }
        return new AuthorityDecision(AuthorityDecision.Kind.DEFAULT_GOVERNMENT, government,
                defaultRule + "; no " + c.handler() + " unit → government", "route.authority.noUnit",
                List.of(categoryArg, tierArg, "agency:" + government, c.handler()));
    }

    private static AuthorityDecision none(String regencyCode) {
        return new AuthorityDecision(AuthorityDecision.Kind.NONE, null, "NO_AUTHORITY: verification on the way",
                "route.authority.none", List.of("region:" + regencyCode));
    }
}
