package org.gsef.governance.query.readmodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CopyTextTest {

    private static String text(Object value) {
        StringBuilder text = new StringBuilder();
        CopyText.append(text, value);
        return text.toString();
    }

    @Test
    void aTimeIsWrittenAsTheSameInstantAndOffset() {
        Random random = new Random(2019);
        List<ZoneOffset> offsets = List.of(
                ZoneOffset.UTC,
                ZoneOffset.ofHours(9),
                ZoneOffset.ofHoursMinutes(-6, 0),
                ZoneOffset.ofHoursMinutes(5, 30),
                ZoneOffset.ofHoursMinutes(-3, -30),
                ZoneOffset.ofHoursMinutesSeconds(1, 2, 3));
        for (int i = 0; i < 10_000; i++) {
            OffsetDateTime time = OffsetDateTime.of(
                            1000 + random.nextInt(9000),
                            1 + random.nextInt(12),
                            1 + random.nextInt(28),
                            random.nextInt(24),
                            random.nextInt(60),
                            random.nextInt(60),
                            random.nextInt(4) == 0 ? 0 : random.nextInt(1_000_000_000),
                            offsets.get(random.nextInt(offsets.size())))
                    .truncatedTo(random.nextBoolean() ? ChronoUnit.MICROS : ChronoUnit.NANOS);

            OffsetDateTime read = OffsetDateTime.parse(text(time));

            assertThat(read).isEqualTo(time);
        }
    }

    @Test
    void aMicrosecondTimeIsWrittenInFull() {
        assertThat(text(OffsetDateTime.of(2019, 1, 2, 3, 4, 5, 6_000, ZoneOffset.UTC)))
                .isEqualTo("2019-01-02T03:04:05.000006Z");
        assertThat(text(OffsetDateTime.of(2020, 10, 9, 0, 0, 0, 0, ZoneOffset.ofHoursMinutes(-5, -30))))
                .isEqualTo("2020-10-09T00:00:00-05:30");
        assertThat(text(OffsetDateTime.of(99_999, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC)))
                .isEqualTo(OffsetDateTime.of(99_999, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC)
                        .toString());
    }

    @Test
    void specialCharactersAreEscapedAndOthersKept() {
        assertThat(text("plain {\"a\": 1}")).isEqualTo("plain {\"a\": 1}");
        assertThat(text("tab\there, line\nthere, return\r, back\\slash"))
                .isEqualTo("tab\\there, line\\nthere, return\\r, back\\\\slash");
        assertThat(text("first\\")).isEqualTo("first\\\\");
        assertThat(text(null)).isEqualTo("\\N");
        assertThat(text(true)).isEqualTo("t");
    }
}
