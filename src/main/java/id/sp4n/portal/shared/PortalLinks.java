package id.sp4n.portal.shared;

import java.util.List;

/** The links a module contributes to the portal's navigation and administration index (see {@link PortalLink}). */
public interface PortalLinks {

    List<PortalLink> links();
}
