package org.gsef.governance.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OpenLoopTimelineTest {

    @Test
    void a_stall_shows_in_the_timeline_as_slow_answers_together_not_as_late_sending(@TempDir Path folder)
            throws Exception {
        HttpLoad.Timeline timeline = new HttpLoad.Timeline();
        long opened = System.nanoTime();
        // 100 requests a second for a second; the "system" stalls for 300 ms from 400 ms into the window
        Latencies latencies = HttpLoad.openLoop(
                100,
                Duration.ZERO,
                Duration.ofSeconds(1),
                () -> {
                    long into = (System.nanoTime() - opened) / 1_000_000;
                    sleep(into >= 400 && into < 700 ? 700 - into : 1);
                    return true;
                },
                timeline);
        Path file = folder.resolve("timeline.txt");
        timeline.write(file);

        List<String> lines = Files.readAllLines(file);
        assertThat(lines.get(0)).startsWith("# the measured window opened at ");
        assertThat(lines.get(1)).isEqualTo("due_ms late_ms latency_ms ok");
        assertThat(lines).hasSize(2 + latencies.count());
        List<double[]> requests = lines.subList(2, lines.size()).stream()
                .map(line -> Arrays.stream(line.split(" "))
                        .mapToDouble(Double::parseDouble)
                        .toArray())
                .toList();
        assertThat(requests).extracting(request -> request[0]).isSorted();
        assertThat(requests.stream().filter(request -> request[0] >= 450 && request[0] < 600))
                .allSatisfy(request -> assertThat(request[2]).isGreaterThan(90));
        assertThat(requests.stream().filter(request -> request[0] >= 800))
                .allSatisfy(request -> assertThat(request[2]).isLessThan(90));
        assertThat(timeline.lateness().percentileMillis(50)).isLessThan(50);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
