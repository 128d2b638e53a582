package org.gsef.governance.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProcessCpuTest {

    @Test
    void reads_user_and_system_time_after_a_command_name_with_spaces_and_parentheses() {
        String stat = "4242 (java (main) x) S 1 4242 4242 0 -1 4194560 100 0 0 0 731 129 0 0 20 0 30 0 12345 0 0";

        assertThat(ProcessCpu.ticks(stat)).isEqualTo(731 + 129);
    }

    @Test
    void counts_the_cpu_this_process_burns_between_start_and_end() {
        ProcessCpu cpu = new ProcessCpu(List.of(ProcessHandle.current().pid()), 100);
        cpu.start();
        long until = System.nanoTime() + 400_000_000L;
        long spin = 0;
        while (System.nanoTime() < until) {
            spin += Long.numberOfTrailingZeros(spin + System.nanoTime());
        }
        cpu.end();

        assertThat(spin).isPositive();
        // 400 ms of wall time spinning: at least some of it on a core, even on a machine shared with other work
        assertThat(cpu.millis()).isGreaterThan(20).isLessThan(60_000);
    }

    @Test
    void counts_nothing_for_a_process_that_is_not_there() {
        ProcessCpu cpu = new ProcessCpu(List.of(Long.MAX_VALUE), 100);
        cpu.start();
        cpu.end();

        assertThat(cpu.millis()).isZero();
        assertThat(ProcessCpu.pids(" 12, 34 ,")).containsExactly(12L, 34L);
        assertThat(ProcessCpu.pids(null)).isEmpty();
    }
}
