package id.sp4n.portal.complaint.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import id.sp4n.portal.agency.AgencyHierarchy;
import id.sp4n.portal.agency.AgencyNode;
import id.sp4n.portal.category.Category;
import id.sp4n.portal.category.CategoryCatalogue;
import id.sp4n.portal.complaint.TrackedComplaint;
import id.sp4n.portal.region.Region;
import id.sp4n.portal.region.RegionDirectory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Turns the stored reasons of a trail into sentences in the reader's language. Arguments that name things
 * ({@code agency:…}, {@code category:…}, {@code region:…}, {@code tier:…}, {@code date:…}) are shown by their
 * current names, so a reason stays readable in both languages.
 */
@Component
public class TrailNarrator {

    private final MessageSource messages;
    private final AgencyHierarchy agencies;
    private final CategoryCatalogue categories;
    private final RegionDirectory regions;

    TrailNarrator(MessageSource messages, AgencyHierarchy agencies, CategoryCatalogue categories,
                  RegionDirectory regions) {
        this.messages = messages;
        this.agencies = agencies;
        this.categories = categories;
        this.regions = regions;
    }

    record Step(int seq, String from, String fromName, String to, String toName, java.time.Instant at,
                String reason, String rule) {
    }

    List<Step> narrate(TrackedComplaint complaint, Locale locale) {
        Map<String, Category> categoryByCode = categories.all().stream()
                .collect(Collectors.toMap(Category::code, Function.identity()));
        return complaint.trail().stream().map(step -> new Step(step.seq(), step.fromAgencyCode(),
                agencyName(step.fromAgencyCode()), step.toAgencyCode(), agencyName(step.toAgencyCode()), step.at(),
                messages.getMessage(step.reasonCode(), step.reasonArgs().stream()
                        .map(arg -> render(arg, categoryByCode, locale)).toArray(), step.reasonCode(), locale),
                step.rule())).toList();
    }

    public String agencyName(String code) {
        return code == null ? null : agencies.tree().find(code).map(AgencyNode::name).orElse(code);
    }

    public String categoryName(String code, Locale locale) {
        return code == null ? null : categories.find(code).map(c -> c.displayName(locale)).orElse(code);
    }

    public String regionName(String code) {
        return code == null ? null : regions.find(code).map(Region::name).orElse(code);
    }

    private String render(String argument, Map<String, Category> categoryByCode, Locale locale) {
        int colon = argument.indexOf(':');
        if (colon < 0) {
            return argument;
        }
        String kind = argument.substring(0, colon);
        String value = argument.substring(colon + 1);
        return switch (kind) {
            case "agency" -> agencyName(value);
            case "category" -> categoryByCode.containsKey(value) ? categoryByCode.get(value).displayName(locale) : value;
            case "region" -> regionName(value);
            case "tier" -> messages.getMessage("authority.tier." + value, null, value, locale);
            case "date" -> LocalDate.parse(value).format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                    .withLocale(locale));
            default -> argument;
        };
    }
}
