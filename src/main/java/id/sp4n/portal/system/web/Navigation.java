package id.sp4n.portal.system.web;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import id.sp4n.portal.shared.PortalLink;
import id.sp4n.portal.shared.PortalLinks;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The links every module contributes ({@link PortalLinks}), as the signed-in person may see them, for the layout's
 * navigation and the administration index ({@code ${@navigation.links('MAIN')}}). The frame lists no module's pages.
 */
@Component("navigation")
public class Navigation {

    private final List<PortalLink> all;

    Navigation(List<PortalLinks> contributions) {
        this.all = contributions.stream().flatMap(c -> c.links().stream())
                .sorted(Comparator.comparingInt(PortalLink::order)).toList();
    }

    public List<PortalLink> links(String area) {
        PortalLink.Area wanted = PortalLink.Area.valueOf(area);
        Set<String> roles = rolesOfCurrentVisitor();
        return all.stream().filter(link -> link.area() == wanted)
                .filter(link -> link.roles().isEmpty() || link.roles().stream().anyMatch(roles::contains))
                .toList();
    }

    /**
     * Whether a navigation link leads to the page being shown or to the section it belongs to ({@code /lapor} for
     * {@code /lapor/terkirim}); the home link only for the home page.
     */
    public boolean isCurrent(String path) {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
            return false;
        }
        String current = attributes.getRequest().getRequestURI();
        return "/".equals(path) ? "/".equals(current) : current.equals(path) || current.startsWith(path + "/");
    }

    private static Set<String> rolesOfCurrentVisitor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken
                || !authentication.isAuthenticated()) {
            return Set.of(PortalLink.GUEST);
        }
        return authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(authority -> authority.startsWith("ROLE_")).map(authority -> authority.substring(5))
                .collect(Collectors.toSet());
    }
}
