package org.gsef.governance.command;

import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.WeakReferenceCache;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Keeps loaded aggregates in memory between commands, so that a command on an entity handled recently does not read
 * its events again: every aggregate names this cache. Entries are weakly held (the garbage collector reclaims them
 * under memory pressure) and dropped when a command on them fails. Several command-side processes stay correct: an
 * append on a stale cached aggregate collides on its sequence number in the event store, is refused as a concurrent
 * change (409), and the entry is dropped, so the retry loads the events anew.
 */
@Configuration(proxyBeanMethods = false)
public class AggregateCaching {

    public static final String CACHE = "aggregateCache";

    @Bean(name = CACHE)
    public Cache aggregateCache() {
        return new WeakReferenceCache();
    }
}
