package org.gsef.governance.command;

import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.EhCache3Adapter;
import org.ehcache.CacheManager;
import org.ehcache.config.builders.CacheConfigurationBuilder;
import org.ehcache.config.builders.CacheManagerBuilder;
import org.ehcache.config.builders.ResourcePoolsBuilder;
import org.ehcache.core.Ehcache;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Keeps loaded aggregates in memory between commands, so that a command on an entity handled recently does not read
 * its events again: every aggregate names this cache. Entries are held strongly, up to
 * {@code gsef.commands.aggregate-cache-size} aggregates (the working set: the entities commands arrive for within a
 * few minutes), the least used evicted first, in Ehcache's heap tier behind Axon's own adapter; a garbage collection
 * does not empty it, as it did the weak-reference cache before. An entry is dropped when a command on it fails.
 * Several command-side processes stay correct: an append on a stale cached aggregate collides on its sequence number
 * in the event store, is refused as a concurrent change (409), and the entry is dropped, so the retry loads the events
 * anew.
 */
@Configuration(proxyBeanMethods = false)
public class AggregateCaching {

    public static final String CACHE = "aggregateCache";

    @Bean(destroyMethod = "close")
    CacheManager aggregateCacheManager(@Value("${gsef.commands.aggregate-cache-size:10000}") long size) {
        return CacheManagerBuilder.newCacheManagerBuilder()
                .withCache(
                        CACHE,
                        CacheConfigurationBuilder.newCacheConfigurationBuilder(
                                Object.class, Object.class, ResourcePoolsBuilder.heap(size)))
                .build(true);
    }

    @Bean(name = CACHE)
    public Cache aggregateCache(CacheManager aggregateCacheManager) {
        // a cache a CacheManager makes is Ehcache's core implementation, the type Axon's adapter takes
        return new EhCache3Adapter((Ehcache) aggregateCacheManager.getCache(CACHE, Object.class, Object.class));
    }
}
