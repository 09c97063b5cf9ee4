package id.sp4n.portal.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.sp4n.portal.shared.InvalidRequestException;
import id.sp4n.portal.shared.RecordNotFoundException;
import id.sp4n.portal.support.PortalTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;

@PortalTest
@Transactional
class AccountsTest {

    @Autowired
    StaffEnrolment staff;

    @Autowired
    AccountRepository accounts;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    AccountUserDetailsService userDetails;

    @Test
    void shouldStoreOnlyAHashOfThePassword() {
        staff.enrolIfAbsent("Petugas.Baru@Example.ID", "rahasia-sekali", "Petugas Baru", Role.OFFICER, "pemda-32.73");

        Account account = accounts.findByEmail("petugas.baru@example.id").orElseThrow();
        assertThat(account.passwordHash()).startsWith("{bcrypt}").doesNotContain("rahasia-sekali");
        assertThat(passwordEncoder.matches("rahasia-sekali", account.passwordHash())).isTrue();
        PortalUser user = (PortalUser) userDetails.loadUserByUsername("PETUGAS.BARU@example.id");
        assertThat(user.agencyCode()).isEqualTo("pemda-32.73");
        assertThat(user.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_OFFICER");
    }

    @Test
    void shouldRefuseStaffWithoutAnExistingAgencyOrAStrongEnoughPassword() {
        assertThatThrownBy(() -> staff.enrolIfAbsent("a@example.id", "rahasia-sekali", "A", Role.OFFICER, "pemda-99"))
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> staff.enrolIfAbsent("b@example.id", "pendek", "B", Role.OFFICER, "pemda-32"))
                .isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> staff.enrolIfAbsent("c@example.id", "rahasia-sekali", "C", Role.CITIZEN, "pemda-32"))
                .isInstanceOf(InvalidRequestException.class);
        assertThat(accounts.findByEmail("a@example.id")).isEmpty();
        assertThat(accounts.findByEmail("b@example.id")).isEmpty();
    }

    @Test
    void shouldCreateTheFirstNationalAdminOnceFromTheBootstrapProperties() {
        accounts.findAll().stream().filter(a -> a.role() == Role.NATIONAL_ADMIN).forEach(accounts::delete);
        var bootstrap = new BootstrapAdmin(new BootstrapAdminProperties("pertama@kemenpan.go.id", "sandi-awal-2026"),
                staff);

        bootstrap.run(new DefaultApplicationArguments());
        var second = new BootstrapAdmin(new BootstrapAdminProperties("kedua@kemenpan.go.id", "sandi-awal-2026"), staff);
        second.run(new DefaultApplicationArguments());

        assertThat(accounts.findByEmail("pertama@kemenpan.go.id")).get()
                .satisfies(a -> assertThat(a.agencyCode()).isEqualTo("kemenpanrb"))
                .satisfies(a -> assertThat(a.role()).isEqualTo(Role.NATIONAL_ADMIN));
        assertThat(accounts.findByEmail("kedua@kemenpan.go.id")).isEmpty();
    }

    @Test
    void shouldDoNothingWithoutBootstrapProperties() {
        long before = accounts.count();
        new BootstrapAdmin(new BootstrapAdminProperties(null, null), staff).run(new DefaultApplicationArguments());
        assertThat(accounts.count()).isEqualTo(before);
    }
}
