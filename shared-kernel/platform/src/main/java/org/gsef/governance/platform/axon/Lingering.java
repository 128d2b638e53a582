package org.gsef.governance.platform.axon;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.StreamableMessageSource;

/**
 * The event store as a tracking processor should read it when it handles each batch at a cost of its own (queries, a
 * token update, a commit): a stream that had caught up and is woken by a new event waits {@code linger} more before
 * saying so, so that the events appended meanwhile are handled in the same batch (Kafka's {@code linger.ms}). A stream
 * with events waiting answers at once, so a backlog is never slowed. Without it, such a processor woke at every
 * append and handled each event alone below full load: a command cost more at half rate than at full rate
 * (ops/benchmarks/README.md). The events, their order and their tokens are the store's own.
 */
public final class Lingering implements StreamableMessageSource<TrackedEventMessage<?>> {

    private final StreamableMessageSource<TrackedEventMessage<?>> source;
    private final long lingerNanos;

    public Lingering(StreamableMessageSource<TrackedEventMessage<?>> source, Duration linger) {
        if (linger.isNegative()) {
            throw new IllegalArgumentException("a negative linger: " + linger);
        }
        this.source = source;
        this.lingerNanos = linger.toNanos();
    }

    @Override
    public BlockingStream<TrackedEventMessage<?>> openStream(TrackingToken trackingToken) {
        return new Stream(source.openStream(trackingToken));
    }

    @Override
    public TrackingToken createTailToken() {
        return source.createTailToken();
    }

    @Override
    public TrackingToken createHeadToken() {
        return source.createHeadToken();
    }

    @Override
    public TrackingToken createTokenAt(Instant dateTime) {
        return source.createTokenAt(dateTime);
    }

    @Override
    public TrackingToken createTokenSince(Duration duration) {
        return source.createTokenSince(duration);
    }

    private final class Stream implements BlockingStream<TrackedEventMessage<?>> {

        private final BlockingStream<TrackedEventMessage<?>> stream;

        Stream(BlockingStream<TrackedEventMessage<?>> stream) {
            this.stream = stream;
        }

        @Override
        public boolean hasNextAvailable(int timeout, TimeUnit unit) throws InterruptedException {
            if (stream.hasNextAvailable() || timeout <= 0 || !stream.hasNextAvailable(timeout, unit)) {
                return stream.hasNextAvailable();
            }
            // It was idle and an event came: let the ones appended just after it join its batch.
            TimeUnit.NANOSECONDS.sleep(lingerNanos);
            return true;
        }

        @Override
        public boolean hasNextAvailable() {
            return stream.hasNextAvailable();
        }

        @Override
        public Optional<TrackedEventMessage<?>> peek() {
            return stream.peek();
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
            return stream.setOnAvailableCallback(callback);
        }

        @Override
        public void close() {
            stream.close();
        }
    }
}
