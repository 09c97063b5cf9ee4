package id.sp4n.portal.identity;

import java.util.UUID;

import id.sp4n.portal.agency.AgencyDirectory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts of connected regional systems ({@link Role#SYSTEM}): what a system does to a complaint is authored by its
 * own account, so the timeline and the audit name it like an officer. The account has no usable password and can
 * never sign in; its address is an unroutable {@code .invalid} one so that nothing is ever mailed to it.
 */
@Service
public class SystemAccounts {

    private final AccountRepository accounts;
    private final AgencyDirectory agencies;
    private final JdbcClient jdbc;

    SystemAccounts(AccountRepository accounts, AgencyDirectory agencies, JdbcClient jdbc) {
        this.accounts = accounts;
        this.agencies = agencies;
        this.jdbc = jdbc;
    }

    /** A new account for a system of {@code agencyCode}, named as its timeline entries will show it. */
    @Transactional
    public long open(String agencyCode, String displayName) {
        agencies.get(agencyCode);
        String address = "sistem-" + UUID.randomUUID() + "@integrasi.invalid";
        return accounts.save(Account.staff(address, "{noop}" + UUID.randomUUID(), displayName, Role.SYSTEM,
                agencyCode)).id();
    }

    /** Switches the account off (the system was removed): it stays as the author of what it did. */
    @Transactional
    public void close(long accountId) {
        jdbc.sql("update account set enabled = false, version = version + 1 where id = :id and role = 'SYSTEM'")
                .param("id", accountId).update();
    }
}
