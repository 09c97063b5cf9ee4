package id.sp4n.portal.system.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import id.sp4n.portal.shared.PublicPage;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The pages a serious government site owes its readers, linked from every page's footer: privacy policy (UU PDP),
 * terms of use, help, accessibility statement and contact. Each template holds both languages and its version date.
 */
@Controller
class InfoPagesController {

    /** Path → template under {@code system/info/}. */
    static final Map<String, String> PAGES = Map.of("privasi", "privacy", "ketentuan", "terms", "bantuan", "help",
            "aksesibilitas", "accessibility", "kontak", "contact");

    @PublicPage
    @GetMapping({"/privasi", "/ketentuan", "/bantuan", "/aksesibilitas", "/kontak"})
    String page(HttpServletRequest request) {
        return "system/info/" + PAGES.get(request.getRequestURI().substring(1));
    }
}
