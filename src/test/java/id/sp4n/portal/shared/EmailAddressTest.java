package id.sp4n.portal.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Addresses are accepted exactly when the mailer can send to them as one plain address. */
class EmailAddressTest {

    @ParameterizedTest
    @ValueSource(strings = {"siti@example.id", "budi.santoso+lapor@dinas.jakarta.go.id", "a_b-c@sub.example.org"})
    void shouldAcceptPlainAddresses(String address) {
        assertThat(EmailAddress.isDeliverable(address)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"a,b@example.org", "\"unclosed@example.org", "Siti <siti@example.id>", "siti@",
            "siti@localhost", "siti @example.id", "siti@example..id", "group: siti@example.id;", "(komentar)siti@example.id",
            "siti@example.id,budi@example.id", "siti@[127.0.0.1]", "a\\b@example.org", ".siti@example.id"})
    void shouldRefuseWhatTheMailerWouldSplitRejectOrRewrite(String address) {
        assertThat(EmailAddress.isDeliverable(address)).isFalse();
    }

    @Test
    void shouldRefuseOverlongAddresses() {
        assertThat(EmailAddress.isDeliverable("a".repeat(65) + "@example.id")).isFalse();
        assertThat(EmailAddress.isDeliverable("a@" + "b".repeat(250) + ".id")).isFalse();
    }
}
