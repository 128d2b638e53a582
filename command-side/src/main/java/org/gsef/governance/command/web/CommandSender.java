package org.gsef.governance.command.web;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.gsef.governance.command.idempotency.Idempotency;
import org.gsef.governance.kernel.common.CommandOutcome;
import org.gsef.governance.platform.axon.TargetsAggregateResolver;
import org.gsef.governance.platform.web.RequestFingerprint;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.RequestAttributes;

/**
 * Sends a command from an HTTP request, with the request's conditions: {@code If-Match} (the aggregate version the
 * client last saw; a concurrent change then answers 409 instead of being overwritten) and {@code Idempotency-Key} (a
 * retry of the same request answers like the first attempt). A refusal the aggregate recorded is answered like any
 * other refusal, with the status of its category.
 */
@Component
public class CommandSender {

    private static final Pattern ETAG = Pattern.compile("(?:W/)?\"?(\\d{1,18})\"?");
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

    private final CommandGateway commands;
    private final Semaphore admission;
    private final Duration admissionWait;

    /**
     * @param concurrency how many commands of this process may run at once: each holds a database connection for its
     *     whole transaction, and those on one entity wait there for the one before them, so more commands than the
     *     pool can serve (with connections left for the processors and for what a command itself reads) would wait
     *     on the pool, whose short timeout answers 503; beyond this number they queue here, in order
     * @param admissionWait how long a command may queue before it is answered 503 with {@code Retry-After}
     */
    public CommandSender(
            CommandGateway commands,
            @Value("${gsef.commands.concurrency:6}") int concurrency,
            @Value("${gsef.commands.admission-wait:30s}") Duration admissionWait) {
        this.commands = commands;
        this.admission = new Semaphore(Math.max(1, concurrency), true);
        this.admissionWait = admissionWait;
    }

    public <R> R send(Object command, NativeWebRequest request) {
        Map<String, Object> metaData = new HashMap<>();
        String ifMatch = request.getHeader("If-Match");
        if (ifMatch != null && !ifMatch.isBlank() && !ifMatch.strip().equals("*")) {
            Matcher version = ETAG.matcher(ifMatch.strip());
            if (!version.matches()) {
                throw new IllegalArgumentException("If-Match must be an entity tag such as \"3\"");
            }
            metaData.put(TargetsAggregateResolver.EXPECTED_VERSION, Long.parseLong(version.group(1)));
        }
        String key = request.getHeader("Idempotency-Key");
        if (key != null) {
            if (!KEY.matcher(key).matches()) {
                throw new IllegalArgumentException("Idempotency-Key must be 1 to 100 letters, digits or . _ : -");
            }
            metaData.put(Idempotency.KEY, key);
            Object fingerprint = request.getAttribute(RequestFingerprint.ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
            if (fingerprint != null) {
                metaData.put(Idempotency.FINGERPRINT, fingerprint);
            }
        }
        R result = admitted(() -> commands.sendAndWait(command, MetaData.from(metaData)));
        if (result instanceof CommandOutcome outcome) {
            outcome.requireAccepted();
        }
        return result;
    }

    private <R> R admitted(Supplier<R> sending) {
        try {
            if (!admission.tryAcquire(admissionWait.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new TransientDataAccessResourceException(
                        "More commands at once than this process takes: none admitted within " + admissionWait);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TransientDataAccessResourceException("Interrupted while waiting to be admitted", e);
        }
        try {
            return sending.get();
        } finally {
            admission.release();
        }
    }
}
