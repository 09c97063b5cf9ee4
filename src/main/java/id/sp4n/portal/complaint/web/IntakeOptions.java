package id.sp4n.portal.complaint.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import id.sp4n.portal.category.Category;
import id.sp4n.portal.category.CategoryCatalogue;
import id.sp4n.portal.region.Region;
import id.sp4n.portal.region.RegionDirectory;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.web.util.HtmlUtils;

/**
 * The intake form's long lists (38 provinces, 514 regencies and cities in their provinces' groups, the categories) as
 * ready {@code <option>} HTML, rendered once per list and language: through Thymeleaf they were most of the form
 * page's time (docs/benchmarks.md). Every value and label is HTML-escaped; the chosen value is marked per request.
 */
@Component
class IntakeOptions {

    private final CategoryCatalogue categories;
    // The region tree never changes while the portal runs; categories do (an administrator edits them), so their
    // HTML is kept with the list it was made from and made again when the catalogue hands out a new list.
    private final Supplier<String> provinces;
    private final Supplier<String> regencies;
    private final Map<Locale, Rendered> categoryOptions = new ConcurrentHashMap<>();

    private record Rendered(List<Category> source, String html) {
    }

    IntakeOptions(RegionDirectory regions, CategoryCatalogue categories) {
        this.categories = categories;
        this.provinces = SingletonSupplier.of(() -> {
            StringBuilder html = new StringBuilder();
            regions.provinces().forEach(p -> option(html, p.code(), p.name()));
            return html.toString();
        });
        this.regencies = SingletonSupplier.of(() -> {
            StringBuilder html = new StringBuilder();
            for (Region province : regions.provinces()) {
                html.append("<optgroup label=\"").append(HtmlUtils.htmlEscape(province.name()))
                        .append("\" data-province=\"").append(HtmlUtils.htmlEscape(province.code())).append("\">");
                regions.children(province.code()).forEach(r -> option(html, r.code(), r.name()));
                html.append("</optgroup>");
            }
            return html.toString();
        });
    }

    String provinces(String selected) {
        return selecting(provinces.get(), selected);
    }

    String regencies(String selected) {
        return selecting(regencies.get(), selected);
    }

    String categories(Locale locale, String selected) {
        List<Category> current = categories.all();
        Rendered rendered = categoryOptions.get(locale);
        if (rendered == null || rendered.source() != current) {
            // Two requests may both render after a change; both get the same HTML, and one of them is kept.
            rendered = new Rendered(current, render(current, locale));
            categoryOptions.put(locale, rendered);
        }
        return selecting(rendered.html(), selected);
    }

    private static String render(List<Category> categories, Locale locale) {
        StringBuilder html = new StringBuilder();
        categories.forEach(c -> option(html, c.code(), c.displayName(locale)));
        return html.toString();
    }

    static void option(StringBuilder html, String value, String label) {
        html.append("<option value=\"").append(HtmlUtils.htmlEscape(value)).append("\">")
                .append(HtmlUtils.htmlEscape(label)).append("</option>");
    }

    /** The options with {@code selected} on the one whose value is the chosen one (values are unique in a list). */
    static String selecting(String options, String selected) {
        if (selected == null || selected.isEmpty()) {
            return options;
        }
        String marker = "<option value=\"" + HtmlUtils.htmlEscape(selected) + "\"";
        int at = options.indexOf(marker + ">");
        return at < 0 ? options
                : options.substring(0, at + marker.length()) + " selected" + options.substring(at + marker.length());
    }
}
