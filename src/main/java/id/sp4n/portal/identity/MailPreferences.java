package id.sp4n.portal.identity;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whether a person wants mail about progress that asks nothing of them (forwarded, escalated, completed, …).
 * Mail that needs them (their tracking link, a question while on hold, a response to judge) is always sent.
 */
@Service
@Transactional
public class MailPreferences {

    private final JdbcClient jdbc;

    MailPreferences(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public boolean wantsProgressMail(long accountId) {
        return jdbc.sql("select progress_mail from account where id = :id").param("id", accountId)
                .query(Boolean.class).optional().orElse(true);
    }

    public void setProgressMail(long accountId, boolean wanted) {
        jdbc.sql("update account set progress_mail = :wanted where id = :id").param("wanted", wanted)
                .param("id", accountId).update();
    }
}
