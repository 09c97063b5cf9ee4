package id.sp4n.portal.system.web;

import id.sp4n.portal.shared.RequestRules;
import org.springframework.context.annotation.Profile;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The floor the benchmarks compare every public page with (docs/benchmarks.md): a tiny Thymeleaf page through the same
 * filters, security, session handling and compression as the real pages, with one message and no database read.
 * Only in the {@code benchmark} profile; production has no such page.
 */
@Controller
@Profile("benchmark")
class FloorPage implements RequestRules {

    static final String PATH = "/benchmark/floor";

    @GetMapping(PATH)
    String floor(Model model) {
        model.addAttribute("greeting", "SP4N");
        return "system/floor";
    }

    @Override
    public void authorize(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers(PATH).permitAll();
    }
}
