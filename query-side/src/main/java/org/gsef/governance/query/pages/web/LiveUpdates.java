package org.gsef.governance.query.pages.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.security.Principal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import org.gsef.governance.platform.web.Problems;
import org.gsef.governance.query.catalogue.Freshness;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Server-sent events for open pages: whenever a read model moves on in the event stream (any of its segments), every
 * open page is told which ones did, and reloads what it shows from them. Polls the token store (where every query-side process records its
 * progress), so a change made through any process reaches the pages of every process.
 *
 * <p>Each stream holds a connection for as long as its page is open, so they are capped: {@code
 * gsef.pages.live.per-account} streams per signed-in account (20 by default) and {@code gsef.pages.live.per-address}
 * per client address (100; many people may share one address behind a proxy). One more is refused with a 429 problem;
 * a stream's place is given back when it ends, or at the latest when the next heartbeat ({@code
 * gsef.pages.live.heartbeat}, 5 s: a closed page is only noticed when something is written to it) finds its page
 * gone.
 */
@RestController
class LiveUpdates {

    private final Freshness freshness;
    private final Problems problems;
    private final StreamCaps caps;
    private final Duration heartbeat;
    private final Map<SseEmitter, StreamCaps.Place> pages = new ConcurrentHashMap<>();
    private final AtomicReference<Map<String, Map<Integer, Long>>> last = new AtomicReference<>(Map.of());

    LiveUpdates(
            Freshness freshness,
            Problems problems,
            @Value("${gsef.pages.live.per-account:20}") int perAccount,
            @Value("${gsef.pages.live.per-address:100}") int perAddress,
            @Value("${gsef.pages.live.heartbeat:5s}") Duration heartbeat) {
        this.freshness = freshness;
        this.problems = problems;
        this.caps = new StreamCaps(perAccount, perAddress);
        this.heartbeat = heartbeat;
    }

    @GetMapping(path = "/live", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter subscribe(HttpServletRequest request) {
        Principal principal = request.getUserPrincipal();
        StreamCaps.Place place = caps.take(principal == null ? null : principal.getName(), request.getRemoteAddr());
        SseEmitter page = new SseEmitter(0L);
        page.onCompletion(() -> drop(page));
        page.onTimeout(() -> drop(page));
        page.onError(error -> drop(page));
        pages.put(page, place);
        try {
            page.send(SseEmitter.event().comment("connected"));
        } catch (IOException gone) {
            drop(page);
        }
        return page;
    }

    /** One stream more than its account or address may have: 429, to try again after a heartbeat. */
    @ExceptionHandler(StreamCaps.Full.class)
    ResponseEntity<ProblemDetail> tooMany(StreamCaps.Full full) {
        long retryAfter = Math.max(1, heartbeat.toSeconds());
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(retryAfter))
                .body(problems.create(
                        HttpStatus.TOO_MANY_REQUESTS,
                        "too-many-streams",
                        new Object[] {full.cap(), retryAfter},
                        null,
                        LocaleContextHolder.getLocale()));
    }

    private void drop(SseEmitter page) {
        StreamCaps.Place place = pages.remove(page);
        if (place != null) {
            place.giveBack();
        }
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

    /** Keeps idle connections open through proxies, and finds the pages that were closed. */
    @Scheduled(fixedDelayString = "${gsef.pages.live.heartbeat:5s}")
    void heartbeat() {
        send(SseEmitter.event().comment("still here"));
    }

    private void send(SseEmitter.SseEventBuilder event) {
        for (SseEmitter page : pages.keySet()) {
            try {
                page.send(event);
            } catch (IOException | IllegalStateException gone) {
                drop(page);
            }
        }
    }

    /** Closes the open streams first thing on shutdown, so that the graceful shutdown does not wait for them. */
    @EventListener(ContextClosedEvent.class)
    void close() {
        pages.keySet().forEach(SseEmitter::complete);
        pages.clear();
    }
}
