package id.sp4n.portal.complaint;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

import id.sp4n.portal.agency.AgencyHierarchy;
import id.sp4n.portal.agency.AgencyNode;
import id.sp4n.portal.category.CategoryCatalogue;
import id.sp4n.portal.region.Region;
import id.sp4n.portal.region.RegionDirectory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Turns a stored reason (a message key with arguments, see {@link HopRecord}) into a sentence in the reader's
 * language. Arguments that name things ({@code agency:…}, {@code category:…}, {@code region:…}, {@code tier:…},
 * {@code date:…}) are shown by their current names. Used by the trail pages and the routing simulator, so a
 * planned route reads exactly like a travelled one.
 */
@Component
public class ReasonNarrator {

    private final MessageSource messages;
    private final AgencyHierarchy agencies;
    private final CategoryCatalogue categories;
    private final RegionDirectory regions;

    ReasonNarrator(MessageSource messages, AgencyHierarchy agencies, CategoryCatalogue categories,
                   RegionDirectory regions) {
        this.messages = messages;
        this.agencies = agencies;
        this.categories = categories;
        this.regions = regions;
    }

    public String reason(String code, List<String> args, Locale locale) {
        return messages.getMessage(code, args.stream().map(arg -> render(arg, locale)).toArray(), code, locale);
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

    private String render(String argument, Locale locale) {
        int colon = argument.indexOf(':');
        if (colon < 0) {
            return argument;
        }
        String kind = argument.substring(0, colon);
        String value = argument.substring(colon + 1);
        return switch (kind) {
            case "agency" -> agencyName(value);
            case "category" -> categoryName(value, locale);
            case "region" -> regionName(value);
            case "tier" -> messages.getMessage("authority.tier." + value, null, value, locale);
            case "date" -> LocalDate.parse(value).format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                    .withLocale(locale));
            default -> argument;
        };
    }
}
