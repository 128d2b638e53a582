package org.gsef.governance.query.rebuild;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.GenericTrackedEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.junit.jupiter.api.Test;

/**
 * The positions a rebuild hands its folds come from the events' tokens, read the way the store's stream makes them:
 * an event filling a gap leaves the token where it was, and its position is not taken from it.
 */
class ShadowReplayPositionsTest {

    private TrackingToken token = null;

    /** The next event of the stream, at a global index, its token advanced as the JDBC store advances it. */
    private TrackedEventMessage<?> at(long index) {
        token = token == null
                ? GapAwareTrackingToken.newInstance(index, List.of())
                : ((GapAwareTrackingToken) token).advanceTo(index, 10_000);
        return new GenericTrackedEventMessage<>(token, GenericEventMessage.asEventMessage("event at " + index));
    }

    @Test
    void anEventFillingAGapGetsNoPositionFromItsToken() {
        List<TrackedEventMessage<?>> stream = new ArrayList<>();
        stream.add(at(1));
        stream.add(at(4)); // 2 and 3 not committed yet: gaps
        stream.add(at(3)); // fills a gap: the token stays at 4
        stream.add(at(5));
        stream.add(at(2)); // fills the other gap, in the next batch's read
        stream.add(at(6));
        var events = stream.iterator();
        long[] reached = {-1};

        ShadowReplay.Batch first = nextBatch(events, reached, 4);
        ShadowReplay.Batch second = ShadowReplay.nextBatch(events, reached);

        assertThat(first.identifiers()).hasSize(4);
        assertThat(first.positions())
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        stream.get(0).getIdentifier(), 1L,
                        stream.get(1).getIdentifier(), 4L,
                        stream.get(3).getIdentifier(), 5L));
        assertThat(second.positions())
                .containsExactlyInAnyOrderEntriesOf(Map.of(stream.get(5).getIdentifier(), 6L))
                .doesNotContainKey(stream.get(4).getIdentifier());
        assertThat(stream.get(2).trackingToken().position()).hasValue(4L);
    }

    /** The first events of the stream as a batch of their own (a batch holds a thousand). */
    private static ShadowReplay.Batch nextBatch(
            java.util.Iterator<TrackedEventMessage<?>> events, long[] reached, int count) {
        List<TrackedEventMessage<?>> some = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            some.add(events.next());
        }
        return ShadowReplay.nextBatch(some.iterator(), reached);
    }
}
