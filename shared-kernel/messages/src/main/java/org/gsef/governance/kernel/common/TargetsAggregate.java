package org.gsef.governance.kernel.common;

/**
 * A command addressed to an existing aggregate. The command bus routes it by {@link #aggregateId()}, so messages need no
 * framework annotation.
 */
public interface TargetsAggregate {

    String aggregateId();
}
