package org.gsef.governance.platform.axon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@link Lingering} over Axon's own embedded event store: what it waits for, and what it never delays. */
class LingeringTest {

    private static final Duration LINGER = Duration.ofSeconds(1);

    private final EmbeddedEventStore store = EmbeddedEventStore.builder()
            .storageEngine(new InMemoryEventStorageEngine())
            .build();
    private final Lingering lingering = new Lingering(store, LINGER);

    @AfterEach
    void shutDown() {
        store.shutDown();
    }

    @Test
    void a_stream_woken_by_an_event_waits_so_that_the_events_appended_just_after_it_are_there_too() throws Exception {
        try (BlockingStream<TrackedEventMessage<?>> stream = lingering.openStream(null)) {
            CompletableFuture<Long> answered = CompletableFuture.supplyAsync(() -> {
                try {
                    assertThat(stream.hasNextAvailable(10, TimeUnit.SECONDS)).isTrue();
                    return System.nanoTime();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            });
            Thread.sleep(100);
            long firstAppended = System.nanoTime();
            store.publish(GenericEventMessage.asEventMessage("first"));
            Thread.sleep(50);
            store.publish(GenericEventMessage.asEventMessage("second"));

            long answeredAt = answered.get(20, TimeUnit.SECONDS);
            assertThat(answeredAt - firstAppended).isGreaterThanOrEqualTo(LINGER.toNanos());
            assertThat(payloads(stream, 2)).containsExactly("first", "second");
            assertThat(stream.hasNextAvailable()).isFalse();
        }
    }

    @Test
    void a_stream_with_events_waiting_answers_at_once() throws Exception {
        store.publish(GenericEventMessage.asEventMessage("waiting"));
        try (BlockingStream<TrackedEventMessage<?>> stream = lingering.openStream(null)) {
            long asked = System.nanoTime();
            assertThat(stream.hasNextAvailable(10, TimeUnit.SECONDS)).isTrue();
            assertThat(System.nanoTime() - asked).isLessThan(LINGER.toNanos() / 2);
            assertThat(payloads(stream, 1)).containsExactly("waiting");
        }
    }

    @Test
    void a_stream_asked_without_waiting_never_lingers_and_one_that_waited_in_vain_says_no_at_its_timeout()
            throws Exception {
        try (BlockingStream<TrackedEventMessage<?>> stream = lingering.openStream(null)) {
            long asked = System.nanoTime();
            assertThat(stream.hasNextAvailable()).isFalse();
            assertThat(stream.hasNextAvailable(0, TimeUnit.MILLISECONDS)).isFalse();
            assertThat(stream.hasNextAvailable(200, TimeUnit.MILLISECONDS)).isFalse();
            assertThat(System.nanoTime() - asked).isLessThan(LINGER.toNanos());
        }
    }

    @Test
    void the_events_and_their_tokens_are_the_stores_own() throws Exception {
        for (int i = 0; i < 5; i++) {
            store.publish(GenericEventMessage.asEventMessage("event " + i));
        }
        try (BlockingStream<TrackedEventMessage<?>> direct = store.openStream(null);
                BlockingStream<TrackedEventMessage<?>> lingered = lingering.openStream(null)) {
            for (int i = 0; i < 5; i++) {
                TrackedEventMessage<?> expected = direct.nextAvailable();
                TrackedEventMessage<?> actual = lingered.nextAvailable();
                assertThat(actual.getIdentifier()).isEqualTo(expected.getIdentifier());
                assertThat(actual.trackingToken()).isEqualTo(expected.trackingToken());
            }
        }
        assertThat(lingering.createTailToken()).isEqualTo(store.createTailToken());
        assertThat(lingering.createHeadToken()).isEqualTo(store.createHeadToken());
    }

    @Test
    void a_negative_linger_is_refused() {
        assertThatThrownBy(() -> new Lingering(store, Duration.ofMillis(-1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static List<Object> payloads(BlockingStream<TrackedEventMessage<?>> stream, int count)
            throws InterruptedException {
        List<Object> payloads = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            assertThat(stream.hasNextAvailable())
                    .as("event %d available without waiting", i)
                    .isTrue();
            payloads.add(stream.nextAvailable().getPayload());
        }
        return payloads;
    }
}
