package org.gsef.governance.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LatenciesTest {

    @Test
    void percentiles_are_nearest_rank_in_milliseconds() {
        Latencies latencies = new Latencies();
        for (int ms = 100; ms >= 1; ms--) {
            latencies.record(ms * 1_000_000L);
        }
        latencies.error();

        assertThat(latencies.count()).isEqualTo(100);
        assertThat(latencies.errors()).isEqualTo(1);
        assertThat(latencies.percentileMillis(50)).isEqualTo(50.0);
        assertThat(latencies.percentileMillis(99)).isEqualTo(99.0);
        assertThat(latencies.percentileMillis(100)).isEqualTo(100.0);
        assertThat(latencies.maxMillis()).isEqualTo(100.0);
    }

    @Test
    void more_samples_than_the_first_array_holds_are_all_kept() {
        Latencies latencies = new Latencies();
        for (int i = 0; i < 200_000; i++) {
            latencies.record(i % 2 == 0 ? 1_000_000L : 3_000_000L);
        }

        assertThat(latencies.count()).isEqualTo(200_000);
        assertThat(latencies.percentileMillis(50)).isEqualTo(1.0);
        assertThat(latencies.percentileMillis(51)).isEqualTo(3.0);
    }

    @Test
    void nothing_recorded_reads_as_zero() {
        assertThat(new Latencies().percentileMillis(99)).isZero();
    }
}
