package org.gsef.governance.platform.axon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.Instant;
import java.util.SplittableRandom;
import org.axonframework.common.DateTimeUtils;
import org.junit.jupiter.api.Test;

class StoredTimestampsTest {

    @Test
    void readsWhatAxonWritesAsAxonReadsIt() {
        SplittableRandom random = new SplittableRandom(20191015);
        long from = Instant.parse("0001-01-01T00:00:00Z").getEpochSecond();
        long to = Instant.parse("9999-12-31T23:59:59Z").getEpochSecond();
        for (int i = 0; i < 100_000; i++) {
            Instant instant = Instant.ofEpochSecond(random.nextLong(from, to), random.nextInt(1_000) * 1_000_000L);
            String stored = DateTimeUtils.formatInstant(instant);
            assertThat(StoredTimestamps.parse(stored)).as(stored).isEqualTo(DateTimeUtils.parseInstant(stored));
        }
    }

    @Test
    void leavesEveryOtherFormToAxon() {
        for (String other : new String[] {
            "2019-05-16T20:10:10Z",
            "2019-05-16T20:10:10.123456Z",
            "2019-05-16T22:10:10.000+02:00",
            "2016-12-31T23:59:60.000Z",
            "2019-05-16T20:10:10.000z"
        }) {
            Instant axon;
            try {
                axon = DateTimeUtils.parseInstant(other);
            } catch (DateTimeException e) {
                assertThatThrownBy(() -> StoredTimestamps.parse(other)).isInstanceOf(DateTimeException.class);
                continue;
            }
            assertThat(StoredTimestamps.parse(other)).as(other).isEqualTo(axon);
        }
    }

    @Test
    void refusesWhatIsNoDateAsAxonDoes() {
        for (String wrong : new String[] {
            "2019-02-30T20:10:10.000Z",
            "2019-13-01T20:10:10.000Z",
            "2019-05-16T24:10:10.000Z",
            "2019-05-16T20:61:10.000Z",
            "2019-0a-16T20:10:10.000Z"
        }) {
            assertThatThrownBy(() -> DateTimeUtils.parseInstant(wrong)).isInstanceOf(DateTimeException.class);
            assertThatThrownBy(() -> StoredTimestamps.parse(wrong)).as(wrong).isInstanceOf(DateTimeException.class);
        }
    }
}
