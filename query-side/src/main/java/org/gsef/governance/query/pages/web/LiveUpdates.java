package org.gsef.governance.query.pages.web;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import org.gsef.governance.query.catalogue.Freshness;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.http.MediaType;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Server-sent events for open pages: whenever a read model moves on in the event stream (any of its segments), every
 * open page is told which ones did, and reloads what it shows from them. Polls the token store (where every query-side process records its
 * progress), so a change made through any process reaches the pages of every process.
 */
@RestController
class LiveUpdates {

    private final Freshness freshness;
    private final List<SseEmitter> pages = new CopyOnWriteArrayList<>();
    private final AtomicReference<Map<String, Map<Integer, Long>>> last = new AtomicReference<>(Map.of());

    LiveUpdates(Freshness freshness) {
        this.freshness = freshness;
    }

    @GetMapping(path = "/live", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter subscribe() {
        SseEmitter page = new SseEmitter(0L);
        page.onCompletion(() -> pages.remove(page));
        page.onTimeout(() -> pages.remove(page));
        page.onError(error -> pages.remove(page));
        pages.add(page);
        try {
            page.send(SseEmitter.event().comment("connected"));
        } catch (IOException gone) {
            pages.remove(page);
        }
        return page;
    }

    @Scheduled(fixedDelayString = "${gsef.pages.live-poll:100ms}")
    void poll() {
        if (pages.isEmpty()) {
            last.set(freshness.segmentPositions());
            return;
        }
        Map<String, Map<Integer, Long>> now = freshness.segmentPositions();
        Map<String, Map<Integer, Long>> before = last.getAndSet(now);
        List<String> changed = now.keySet().stream()
                .filter(model -> !now.get(model).equals(before.get(model)))
                .sorted()
                .toList();
        if (!changed.isEmpty()) {
            send(SseEmitter.event().name("change").data(Map.of("readModels", changed)));
        }
    }

    /** Keeps idle connections open through proxies. */
    @Scheduled(fixedDelay = 20_000)
    void heartbeat() {
        send(SseEmitter.event().comment("still here"));
    }

    private void send(SseEmitter.SseEventBuilder event) {
        for (SseEmitter page : pages) {
            try {
                page.send(event);
            } catch (IOException | IllegalStateException gone) {
                pages.remove(page);
            }
        }
    }

    /** Closes the open streams first thing on shutdown, so that the graceful shutdown does not wait for them. */
    @EventListener(ContextClosedEvent.class)
    void close() {
        pages.forEach(SseEmitter::complete);
        pages.clear();
    }
}
