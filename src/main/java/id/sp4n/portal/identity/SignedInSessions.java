package id.sp4n.portal.identity;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * Ends every signed-in session of an account, on all instances: sessions live in the shared database and each
 * request reads its session from there, so a deleted session is gone everywhere at the next request. Used when an
 * account loses what it signed in with (deactivated, another role), so nobody keeps powers for the 8 hours a
 * session would otherwise last.
 */
@Component
class SignedInSessions {

    private final FindByIndexNameSessionRepository<? extends Session> sessions;

    SignedInSessions(FindByIndexNameSessionRepository<? extends Session> sessions) {
        this.sessions = sessions;
    }

    /** Returns how many sessions ended. */
    int endAllOf(String email) {
        var open = sessions.findByPrincipalName(email);
        open.keySet().forEach(sessions::deleteById);
        return open.size();
    }
}
