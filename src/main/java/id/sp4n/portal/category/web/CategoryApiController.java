package id.sp4n.portal.category.web;

import java.util.List;

import id.sp4n.portal.category.AuthorityTier;
import id.sp4n.portal.category.Category;
import id.sp4n.portal.category.CategoryCatalogue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Open data: the complaint categories and who has authority over each by default. */
@RestController
class CategoryApiController {

    private final CategoryCatalogue categories;

    CategoryApiController(CategoryCatalogue categories) {
        this.categories = categories;
    }

    @GetMapping("/api/v1/categories")
    List<CategoryJson> categories() {
        return categories.all().stream().map(CategoryJson::of).toList();
    }

    record CategoryJson(String code, String name, String nameEn, AuthorityTier tier, String handler,
                        boolean nationalPriority) {

        static CategoryJson of(Category category) {
            return new CategoryJson(category.code(), category.name(), category.nameEn(), category.tier(),
                    category.handler(), category.nationalPriority());
        }
    }
}
