package org.gsef.governance.query.readmodel;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.StreamableMessageSource;

/**
 * The event store as the read models' pooled processors read it, with one difference: their streams offer to say when
 * events may be available. Axon's pooled processor, when a stream cannot say so, looks again only every 500 ms, which
 * was most of the delay between a command and an open page showing it. Here every open stream's processor is told to
 * look every {@code interval} (100 ms by default), which costs a look at the store's in-memory cache, and sees events
 * appended by any process, this one or another.
 */
public final class PromptEventSource implements StreamableMessageSource<TrackedEventMessage<?>>, AutoCloseable {

    private final EventStore store;
    private final Set<Runnable> lookers = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService ticks = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("read-model-ticks").daemon().factory());

    public PromptEventSource(EventStore store, Duration interval) {
        this.store = store;
        long millis = Math.max(10, interval.toMillis());
        ticks.scheduleWithFixedDelay(() -> lookers.forEach(Runnable::run), millis, millis, TimeUnit.MILLISECONDS);
    }

    @Override
    public BlockingStream<TrackedEventMessage<?>> openStream(TrackingToken trackingToken) {
        BlockingStream<TrackedEventMessage<?>> stream = store.openStream(trackingToken);
        return new BlockingStream<>() {
            private Runnable looker;

            @Override
            public Optional<TrackedEventMessage<?>> peek() {
                return stream.peek();
            }

            @Override
            public boolean hasNextAvailable(int timeout, TimeUnit unit) throws InterruptedException {
                return stream.hasNextAvailable(timeout, unit);
            }

            @Override
            public TrackedEventMessage<?> nextAvailable() throws InterruptedException {
                return stream.nextAvailable();
            }

            @Override
            public void skipMessagesWithPayloadTypeOf(TrackedEventMessage<?> ignoredMessage) {
                stream.skipMessagesWithPayloadTypeOf(ignoredMessage);
            }

            @Override
            public boolean setOnAvailableCallback(Runnable callback) {
                stream.setOnAvailableCallback(callback);
                if (looker != null) {
                    lookers.remove(looker);
                }
                looker = callback;
                lookers.add(callback);
                return true;
            }

            @Override
            public void close() {
                if (looker != null) {
                    lookers.remove(looker);
                }
                stream.close();
            }
        };
    }

    @Override
    public TrackingToken createTailToken() {
        return store.createTailToken();
    }

    @Override
    public TrackingToken createHeadToken() {
        return store.createHeadToken();
    }

    @Override
    public TrackingToken createTokenAt(Instant dateTime) {
        return store.createTokenAt(dateTime);
    }

    @Override
    public TrackingToken createTokenSince(Duration duration) {
        return store.createTokenSince(duration);
    }

    @Override
    public void close() {
        ticks.shutdownNow();
    }
}
