package id.sp4n.portal.category.web;

import java.util.List;
import java.util.Locale;

import id.sp4n.portal.category.Category;
import id.sp4n.portal.category.CategoryCatalogue;
import org.springframework.stereotype.Component;

/**
 * Category names in the reader's language for any page ({@code ${@categoryNames.of(code, #locale)}}), and the
 * catalogue for a form's choice; an unknown code is shown as it is.
 */
@Component("categoryNames")
public class CategoryNames {

    private final CategoryCatalogue categories;

    CategoryNames(CategoryCatalogue categories) {
        this.categories = categories;
    }

    public String of(String code, Locale locale) {
        return categories.find(code).map(category -> category.displayName(locale)).orElse(String.valueOf(code));
    }

    public List<Category> all() {
        return categories.all();
    }
}
