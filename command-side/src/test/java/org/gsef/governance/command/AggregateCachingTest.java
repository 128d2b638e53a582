package org.gsef.governance.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import org.axonframework.common.caching.Cache;
import org.ehcache.CacheManager;
import org.junit.jupiter.api.Test;

class AggregateCachingTest {

    private final AggregateCaching caching = new AggregateCaching();

    @Test
    void keeps_aggregates_through_garbage_collections() {
        try (CacheManager manager = caching.aggregateCacheManager(100)) {
            Cache cache = caching.aggregateCache(manager);
            IntStream.range(0, 50).forEach(i -> cache.put("entity-" + i, new Object()));

            for (int round = 0; round < 3; round++) {
                System.gc();
            }

            assertThat(IntStream.range(0, 50).filter(i -> cache.containsKey("entity-" + i)))
                    .hasSize(50);
        }
    }

    @Test
    void holds_no_more_aggregates_than_its_size() {
        try (CacheManager manager = caching.aggregateCacheManager(10)) {
            Cache cache = caching.aggregateCache(manager);
            IntStream.range(0, 200).forEach(i -> cache.put("entity-" + i, new Object()));

            assertThat(IntStream.range(0, 200).filter(i -> cache.containsKey("entity-" + i)))
                    .hasSizeBetween(1, 10);
            assertThat(cache.containsKey("entity-199")).isTrue();
        }
    }
}
