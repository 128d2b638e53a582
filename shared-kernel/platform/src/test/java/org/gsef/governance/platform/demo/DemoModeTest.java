package org.gsef.governance.platform.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Demo accounts are served on loopback only: which addresses count as loopback. */
class DemoModeTest {

    @Test
    void loopback_addresses_are_loopback_and_every_interface_or_another_address_is_not() {
        assertThat(DemoMode.isLoopback("127.0.0.1")).isTrue();
        assertThat(DemoMode.isLoopback("::1")).isTrue();
        assertThat(DemoMode.isLoopback("localhost")).isTrue();
        assertThat(DemoMode.isLoopback(null)).as("unset: every interface").isFalse();
        assertThat(DemoMode.isLoopback("")).as("unset: every interface").isFalse();
        assertThat(DemoMode.isLoopback("0.0.0.0")).isFalse();
        assertThat(DemoMode.isLoopback("::")).isFalse();
        assertThat(DemoMode.isLoopback("192.0.2.10")).isFalse();
        assertThat(DemoMode.isLoopback("no-such-host.invalid")).isFalse();
    }

    @Test
    void the_demo_accounts_are_one_per_role_and_one_delegate_per_seat_but_the_chairs() {
        assertThat(new DemoAccounts().list())
                .extracting(actor -> actor.userId())
                .hasSize(17)
                .contains("secretariat", "chair", "auditor", "operator", "liverpool", "seoul-sse-network", "locality")
                .doesNotContain(DemoAccounts.CHAIR_SEAT);
    }
}
