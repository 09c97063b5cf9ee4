package id.sp4n.portal.notification.web;

import id.sp4n.portal.identity.PortalUser;
import id.sp4n.portal.notification.NotificationCentre;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The unread count in the navigation of every page a signed-in person sees (one indexed count). */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class UnreadNotificationsAdvice {

    private final NotificationCentre centre;

    UnreadNotificationsAdvice(NotificationCentre centre) {
        this.centre = centre;
    }

    @ModelAttribute("unreadNotifications")
    Long unread(@AuthenticationPrincipal PortalUser user) {
        return user == null ? null : centre.unread(user.accountId());
    }
}
