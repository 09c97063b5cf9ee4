package id.sp4n.portal.category.web;

import java.util.List;
import java.util.Locale;

import id.sp4n.portal.category.CategoryCatalogue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Category suggestions for text a citizen is typing, from the keywords of each category. */
@RestController
class CategorySuggestionController {

    private final CategoryCatalogue categories;

    CategorySuggestionController(CategoryCatalogue categories) {
        this.categories = categories;
    }

    @GetMapping("/api/v1/categories/suggestions")
    List<Suggestion> suggestions(@RequestParam(defaultValue = "") String text, Locale locale) {
        String limited = text.length() > 2000 ? text.substring(0, 2000) : text;
        return categories.suggest(limited, 3).stream()
                .map(c -> new Suggestion(c.code(), c.displayName(locale))).toList();
    }

    record Suggestion(String code, String name) {
    }
}
