package org.gsef.governance.query.readmodel;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the read models are built.
 *
 * @param segments how many segments each projection's event stream is split into; the query-side processes on one
 *     database share them
 * @param batchSize events handled per transaction
 * @param rebuildWorkers how many connections a rebuild writes through at once, each building its share of the read
 *     models (a rebuild waits on the database more than it computes); each takes one connection from the pool
 * @param claimInterval how often a processor looks for segments no process holds (those released by another process,
 *     or left by one that died, once the claim timeout has passed)
 * @param balanceInterval how often a query-side process says it is alive and gives up segments above its fair share;
 *     one not heard of for this long and a second more counts as gone
 */
@ConfigurationProperties("gsef.read-model")
public record ReadModelProperties(
        @DefaultValue("2") int segments,
        @DefaultValue("100") int batchSize,
        @DefaultValue("3") int rebuildWorkers,
        @DefaultValue("2s") Duration claimInterval,
        @DefaultValue("3s") Duration balanceInterval) {}
