package org.gsef.governance.platform.axon;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Tuning of the JDBC event store and token store.
 *
 * @param batchSize events read per query when streaming the store
 * @param fetchDelay how long a stream waits before polling the database again when it has caught up; it bounds how late
 *     a process sees events appended by another process
 * @param claimTimeout how long a processing segment stays claimed by a process that stopped renewing its claim
 * @param linger how long a tracking processor that had caught up waits after the first new event, so that the events
 *     appended meanwhile are handled in its batch ({@link Lingering}); it adds as much to how late that processor is
 */
@ConfigurationProperties("gsef.event-store")
public record EventStoreProperties(
        @DefaultValue("500") int batchSize,
        @DefaultValue("100ms") Duration fetchDelay,
        @DefaultValue("10s") Duration claimTimeout,
        @DefaultValue("50ms") Duration linger) {}
