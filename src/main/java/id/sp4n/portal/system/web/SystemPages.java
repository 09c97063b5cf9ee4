package id.sp4n.portal.system.web;

import java.util.List;
import java.util.Set;

import id.sp4n.portal.shared.PortalLink;
import id.sp4n.portal.shared.PortalLinks;
import org.springframework.stereotype.Component;

/** The frame's own links: the home page and the administration index. */
@Component
class SystemPages implements PortalLinks {

    @Override
    public List<PortalLink> links() {
        return List.of(
                PortalLink.main(10, "/", "nav.home", Set.of()),
                PortalLink.account(60, "/admin", "nav.admin", PortalLink.STAFF));
    }
}
