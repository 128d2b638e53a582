package org.gsef.governance.query.readmodel;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the read models are built.
 *
 * @param segments how many segments each projection's event stream is split into; the query-side processes on one
 *     database share them
 * @param batchSize events handled per transaction
 */
@ConfigurationProperties("gsef.read-model")
public record ReadModelProperties(
        @DefaultValue("2") int segments,
        @DefaultValue("100") int batchSize) {}
