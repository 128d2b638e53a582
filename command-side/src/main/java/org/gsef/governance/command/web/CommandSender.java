package org.gsef.governance.command.web;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.gsef.governance.kernel.common.AccessRefused;
import org.gsef.governance.kernel.common.CommandOutcome;
import org.gsef.governance.kernel.common.RuleViolation;
import org.gsef.governance.platform.axon.TargetsAggregateResolver;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.NativeWebRequest;

/**
 * Sends a command from an HTTP request, with the request's conditions: {@code If-Match} (the aggregate version the
 * client last saw; a concurrent change then answers 409 instead of being overwritten) and {@code Idempotency-Key} (a
 * retry answers like the first attempt). A refusal the aggregate recorded becomes a 403, or a 409 for a closed ballot.
 */
@Component
public class CommandSender {

    private static final Pattern ETAG = Pattern.compile("(?:W/)?\"?(\\d{1,18})\"?");
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

    private final CommandGateway commands;

    public CommandSender(CommandGateway commands) {
        this.commands = commands;
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
            metaData.put("idempotencyKey", key);
        }
        R result = commands.sendAndWait(command, MetaData.from(metaData));
        if (result instanceof CommandOutcome outcome && !outcome.accepted()) {
            String code = outcome.refusalCode();
            if (code.equals("ballot-closed")) {
                throw new RuleViolation(code, "the ballot is closed");
            }
            throw new AccessRefused(code, "refused: " + code);
        }
        return result;
    }
}
