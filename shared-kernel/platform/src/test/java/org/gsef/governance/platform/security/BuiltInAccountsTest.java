package org.gsef.governance.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.Pbkdf2PasswordEncoder;

/** Built-in accounts take slow, salted password hashes only (issue #15: {noop} and others were accepted). */
class BuiltInAccountsTest {

    private static BuiltInAccounts withHash(String hash) {
        return new BuiltInAccounts(
                List.of(new SecurityProperties.Account("treasurer", hash, List.of("AUDITOR"), null, null, null, null)),
                java.util.Optional.empty());
    }

    @Test
    void a_bcrypt_pbkdf2_argon2_or_scrypt_hash_is_taken_and_signs_in() {
        String bcrypt = new BCryptPasswordEncoder().encode("s3cret-enough");
        assertThat(withHash(bcrypt).loadUserByUsername("treasurer").getPassword())
                .isEqualTo("{bcrypt}" + bcrypt);
        assertThat(PasswordEncoderFactories.createDelegatingPasswordEncoder()
                        .matches(
                                "s3cret-enough",
                                withHash("{bcrypt}" + bcrypt)
                                        .loadUserByUsername("treasurer")
                                        .getPassword()))
                .isTrue();
        String pbkdf2 = "{pbkdf2@SpringSecurity_v5_8}"
                + Pbkdf2PasswordEncoder.defaultsForSpringSecurity_v5_8().encode("s3cret-enough");
        assertThat(withHash(pbkdf2).loadUserByUsername("treasurer").getPassword())
                .isEqualTo(pbkdf2);
        withHash("{argon2}$argon2id$v=19$m=16384,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2g");
        withHash("{scrypt}$e0801$c2FsdA==$aGFzaA==");
    }

    @Test
    void a_noop_or_fast_hash_stops_the_start_naming_the_account_but_never_the_hash() {
        for (String weak :
                List.of("{noop}gsef-demo-2019", "{MD5}5f4dcc3b5aa765d61d8327deb882cf99", "{sha256}abc", "{ldap}x")) {
            assertThatThrownBy(() -> withHash(weak))
                    .as(weak)
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("Built-in account treasurer")
                    .hasMessageContaining(weak.substring(0, weak.indexOf('}') + 1) + ", which is refused")
                    .hasMessageContaining("bcrypt, argon2, scrypt or pbkdf2")
                    .hasMessageNotContaining(weak.substring(weak.indexOf('}') + 1));
        }
    }

    @Test
    void a_hash_without_an_encoder_must_be_bcrypt() {
        assertThatThrownBy(() -> withHash("gsef-demo-2019"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Built-in account treasurer: its password-hash is not a bcrypt hash")
                .hasMessageNotContaining("gsef-demo-2019");
    }

    private static BuiltInAccounts reached(String email, String language) {
        String hash = new BCryptPasswordEncoder().encode("s3cret-enough");
        return new BuiltInAccounts(
                List.of(new SecurityProperties.Account(
                        "treasurer", hash, List.of("SECRETARIAT"), null, null, email, language)),
                java.util.Optional.empty());
    }

    @Test
    void an_account_has_the_address_and_language_its_notifications_go_to_english_when_none_is_said() {
        AccountContact contact = reached(" treasurer@gsef-net.org ", "french")
                .contact("treasurer")
                .orElseThrow();
        assertThat(contact.email()).contains("treasurer@gsef-net.org");
        assertThat(contact.language()).isEqualTo(org.gsef.governance.kernel.common.OfficialLanguage.FRENCH);
        assertThat(contact.hasRole(org.gsef.governance.kernel.identity.Role.SECRETARIAT))
                .isTrue();
        AccountContact silent = reached(null, null).contact("treasurer").orElseThrow();
        assertThat(silent.email()).isEmpty();
        assertThat(silent.language()).isEqualTo(org.gsef.governance.kernel.common.OfficialLanguage.ENGLISH);
        assertThat(reached(null, null).contact("nobody")).isEmpty();
    }

    @Test
    void an_unknown_language_or_a_malformed_address_stops_the_start_naming_the_account() {
        assertThatThrownBy(() -> reached(null, "KLINGON"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("account treasurer names an unknown language: KLINGON");
        assertThatThrownBy(() -> reached("not an address", null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("account treasurer: its email is not an e-mail address");
    }
}
