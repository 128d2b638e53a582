package org.gsef.governance.query.deadletters.web;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gsef.governance.kernel.identity.Role;
import org.gsef.governance.query.deadletters.DeadLetters;
import org.gsef.governance.query.web.ReadAccess;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The read models' dead-letter queue: auditors, operators and the Secretariat see what waits and why; the Secretariat,
 * which also rebuilds and promotes read models, retries a processor's letters once the cause is mended.
 */
@RestController
@RequestMapping("/api/dead-letters")
class DeadLetterReads {

    private final DeadLetters deadLetters;

    DeadLetterReads(DeadLetters deadLetters) {
        this.deadLetters = deadLetters;
    }

    /** The letters waiting, oldest first, of every processor or of one ({@code members}, {@code ballots}...). */
    @GetMapping
    List<DeadLetters.Letter> list(@RequestParam(required = false) String processor) {
        ReadAccess.require(ReadAccess.AUDIT_READERS);
        return deadLetters.list(processor);
    }

    /** How many letters wait, by processor, every read model's processor listed. */
    @GetMapping("/counts")
    Map<String, Long> counts() {
        ReadAccess.require(ReadAccess.AUDIT_READERS);
        return deadLetters.counts();
    }

    /** @param processor the processor whose letters to retry */
    record RetryRequest(String processor) {}

    /** Retries every waiting sequence of the processor once; what is applied leaves the queue. */
    @PostMapping(path = "/retries", consumes = MediaType.APPLICATION_JSON_VALUE)
    DeadLetters.Retry retry(@RequestBody RetryRequest request) {
        ReadAccess.require(Set.of(Role.SECRETARIAT));
        if (request.processor() == null || request.processor().isBlank()) {
            throw new IllegalArgumentException("name the processor whose dead letters to retry");
        }
        return deadLetters.retry(request.processor());
    }
}
