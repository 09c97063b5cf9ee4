package id.sp4n.portal.category.web;

import java.util.List;
import java.util.Set;

import id.sp4n.portal.shared.PortalLink;
import id.sp4n.portal.shared.PortalLinks;
import id.sp4n.portal.shared.RequestRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** Categories as open data, and their administration (changes by the national admin only). */
@Component
class CategoryPages implements RequestRules, PortalLinks {

    @Override
    public void authorize(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers("/api/v1/categories", "/api/v1/categories/**").permitAll()
                .requestMatchers(HttpMethod.POST, "/admin/kategori", "/admin/kategori/**").hasRole("NATIONAL_ADMIN");
    }

    @Override
    public List<PortalLink> links() {
        return List.of(PortalLink.administration(50, "/admin/kategori", "categories.title", "admin.tool.categories",
                Set.of("NATIONAL_ADMIN")));
    }
}
