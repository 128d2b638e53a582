package org.gsef.governance.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ForwardedHeadersTest {

    @Test
    void trusts_nobody_unless_told() {
        assertThat(ForwardedHeaders.ranges(List.of())).isEmpty();
        assertThat(ForwardedHeaders.ranges(List.of(" "))).isEmpty();
    }

    @Test
    void a_single_address_is_a_range_of_one() {
        assertThat(ForwardedHeaders.ranges(List.of("127.0.0.1", " ::1 ", "10.0.0.0/8")))
                .isEqualTo("127.0.0.1/32, ::1/128, 10.0.0.0/8");
    }

    @Test
    void a_malformed_entry_stops_the_start_naming_it() {
        assertThatThrownBy(() -> ForwardedHeaders.ranges(List.of("10.0.0.0/99")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("10.0.0.0/99");
    }
}
