package org.gsef.governance.platform.monitoring;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.gsef.governance.platform.axon.TokenTable;
import org.gsef.governance.platform.axon.TokenTable.SegmentToken;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * How far each event processor, segment by segment, trails the head of the event store, as the shared token store
 * has it (so every process of a deployment reports the same figures): {@code gsef_event_processor_lag_events},
 * {@code gsef_event_processor_position}, {@code gsef_event_processor_segment_claimed} (1 while some process holds the
 * segment), {@code gsef_event_store_head}, and {@code gsef_database_up} (0 while the database does not answer). Read
 * from the database every refresh interval, not on every scrape.
 */
@Component
public class ProcessorLagMetrics implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ProcessorLagMetrics.class);

    private final JdbcClient jdbc;
    private final TokenTable tokens;
    private final AtomicLong head = new AtomicLong();
    private final AtomicLong databaseUp = new AtomicLong();
    private final MultiGauge lag;
    private final MultiGauge position;
    private final MultiGauge claimed;
    private final ScheduledExecutorService refresher = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "processor-lag-metrics");
        thread.setDaemon(true);
        return thread;
    });

    public ProcessorLagMetrics(
            JdbcClient jdbc,
            TokenTable tokens,
            MeterRegistry metrics,
            @Value("${gsef.metrics.refresh:5s}") Duration refresh) {
        this.jdbc = jdbc;
        this.tokens = tokens;
        Gauge.builder("gsef.event.store.head", head, AtomicLong::get)
                .description("global index of the newest event in the event store")
                .register(metrics);
        Gauge.builder("gsef.database.up", databaseUp, AtomicLong::get)
                .description("1 while the database answered the latest reading, 0 while it does not")
                .register(metrics);
        this.lag = MultiGauge.builder("gsef.event.processor.lag")
                .description("events appended after the position a processor's segment has reached")
                .baseUnit("events")
                .register(metrics);
        this.position = MultiGauge.builder("gsef.event.processor.position")
                .description("position in the event stream a processor's segment has reached")
                .register(metrics);
        this.claimed = MultiGauge.builder("gsef.event.processor.segment.claimed")
                .description("1 while a process holds the segment's claim, 0 while nobody does")
                .register(metrics);
        refresher.scheduleWithFixedDelay(this::refresh, 0, refresh.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Reads the head and every token once, and publishes them. */
    public void refresh() {
        try {
            long newest = jdbc.sql("SELECT COALESCE(MAX(global_index), 0) FROM domain_event_entry")
                    .query(Long.class)
                    .single();
            List<SegmentToken> segments = tokens.all();
            databaseUp.set(1);
            head.set(newest);
            List<MultiGauge.Row<?>> lags = new ArrayList<>();
            List<MultiGauge.Row<?>> positions = new ArrayList<>();
            List<MultiGauge.Row<?>> claims = new ArrayList<>();
            for (SegmentToken segment : segments) {
                Tags tags = Tags.of("processor", segment.processor(), "segment", Integer.toString(segment.segment()));
                long at = segment.position() == null ? -1 : segment.position();
                lags.add(MultiGauge.Row.of(tags, Math.max(0, newest - Math.max(at, 0))));
                positions.add(MultiGauge.Row.of(tags, at));
                claims.add(MultiGauge.Row.of(tags, segment.claimed() ? 1 : 0));
            }
            lag.register(lags, true);
            position.register(positions, true);
            claimed.register(claims, true);
        } catch (RuntimeException e) {
            databaseUp.set(0);
            log.warn("processor lag not refreshed: {}", e.toString());
        }
    }

    @Override
    public void destroy() {
        refresher.shutdownNow();
    }
}
