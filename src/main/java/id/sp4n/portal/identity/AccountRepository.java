package id.sp4n.portal.identity;

import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

interface AccountRepository extends ListCrudRepository<Account, Long> {

    @Query("select a from Account a where lower(a.email) = lower(:email)")
    Optional<Account> findByEmail(String email);

    boolean existsByRole(Role role);
}
