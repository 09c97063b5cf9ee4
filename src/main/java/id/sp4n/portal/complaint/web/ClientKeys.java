package id.sp4n.portal.complaint.web;

import java.util.ArrayList;
import java.util.List;

import id.sp4n.portal.identity.PortalUser;
import jakarta.servlet.http.HttpServletRequest;

/**
 * What the submission quota counts against: the client address (as seen after the proxy settings of
 * {@code server.forward-headers-strategy}) and, when signed in, the account.
 */
final class ClientKeys {

    private ClientKeys() {
    }

    static List<String> of(HttpServletRequest request, PortalUser user) {
        List<String> keys = new ArrayList<>(2);
        keys.add("ip:" + request.getRemoteAddr());
        if (user != null) {
            keys.add("account:" + user.accountId());
        }
        return keys;
    }
}
