package org.gsef.governance.command.idempotency;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Optional;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.ConcurrencyException;
import org.gsef.governance.kernel.common.Refusal;
import org.gsef.governance.kernel.common.RuleViolation;
import org.gsef.governance.platform.identity.ActorMetaData;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Makes retries safe: a command sent with an {@code Idempotency-Key} is carried out once per actor and key; a retry
 * of the same request gets the first result back without running again, and the key with a different request (bound
 * by the request's fingerprint) is refused with 422. The key is claimed in the same transaction as the command's
 * events, so a key is never recorded for a command that did not happen, and a concurrent duplicate waits for the
 * first and then answers like it (PostgreSQL). Not a Spring bean: Axon registers every interceptor bean on the bus by
 * itself, and this one must run exactly once, after authorisation.
 */
public class Idempotency implements MessageHandlerInterceptor<CommandMessage<?>> {

    public static final String KEY = "idempotencyKey";

    /** The fingerprint of the HTTP request that carried the key (method, path, body): the key is bound to it. */
    public static final String FINGERPRINT = "idempotencyFingerprint";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final boolean postgres;
    private final ObjectMapper json = JsonMapper.builder().findAndAddModules().build();

    public Idempotency(JdbcClient jdbc, Clock clock, javax.sql.DataSource dataSource) throws Exception {
        this.jdbc = jdbc;
        this.clock = clock;
        try (var connection = dataSource.getConnection()) {
            this.postgres = connection
                    .getMetaData()
                    .getDatabaseProductName()
                    .toLowerCase()
                    .contains("postgres");
        }
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        CommandMessage<?> command = unitOfWork.getMessage();
        Object key = command.getMetaData().get(KEY);
        Object actor = command.getMetaData().get(ActorMetaData.USER_ID);
        if (key == null || actor == null) {
            return chain.proceed();
        }
        String name = command.getPayloadType().getSimpleName();
        Object fingerprint = command.getMetaData().get(FINGERPRINT);
        String request = fingerprint == null ? null : fingerprint.toString();
        if (!claim(actor.toString(), key.toString(), name, request)) {
            return replay(actor.toString(), key.toString(), name, request);
        }
        Object result = chain.proceed();
        jdbc.sql("UPDATE command_idempotency SET result_type = :type, result_json = :json"
                        + " WHERE actor_id = :actor AND idempotency_key = :key")
                .param("type", result == null ? null : result.getClass().getName())
                .param("json", result == null ? null : json.writeValueAsString(result))
                .param("actor", actor.toString())
                .param("key", key.toString())
                .update();
        return result;
    }

    private boolean claim(String actor, String key, String name, String fingerprint) {
        String columns = "INSERT INTO command_idempotency"
                + " (actor_id, idempotency_key, command_name, request_fingerprint, created_at)";
        String insert = postgres
                ? columns + " VALUES (:actor, :key, :name, :fingerprint, :at) ON CONFLICT DO NOTHING"
                : columns
                        + " SELECT :actor, :key, :name, :fingerprint, :at FROM (VALUES (1)) AS one(x) WHERE NOT EXISTS"
                        + " (SELECT 1 FROM command_idempotency WHERE actor_id = :actor AND idempotency_key = :key)";
        try {
            return jdbc.sql(insert)
                            .param("actor", actor)
                            .param("key", key)
                            .param("name", name)
                            .param("fingerprint", fingerprint)
                            .param("at", clock.instant().atOffset(ZoneOffset.UTC))
                            .update()
                    == 1;
        } catch (DuplicateKeyException claimedMeanwhile) {
            // H2: a concurrent request claimed the key between the check and the insert.
            return false;
        }
    }

    /**
     * The first answer again, for the same request; a different request with the same key (another command, another
     * path, another body) is refused, never answered as if it had been carried out.
     */
    private Object replay(String actor, String key, String name, String fingerprint) throws Exception {
        Optional<Stored> stored = jdbc.sql("SELECT command_name, request_fingerprint, result_type, result_json"
                        + " FROM command_idempotency WHERE actor_id = :actor AND idempotency_key = :key")
                .param("actor", actor)
                .param("key", key)
                .query((rs, row) -> new Stored(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .optional();
        Stored first = stored.orElseThrow(() -> new ConcurrencyException(
                "a request with this key is still being carried out: send it again once it is answered"));
        boolean sameRequest = first.commandName().equals(name)
                && (first.fingerprint() == null || first.fingerprint().equals(fingerprint));
        if (!sameRequest) {
            throw new RuleViolation(
                    Refusal.IDEMPOTENCY_KEY_REUSED,
                    "the key was used for another request (" + first.commandName() + ")");
        }
        return first.type() == null ? null : json.readValue(first.json(), Class.forName(first.type()));
    }

    private record Stored(String commandName, String fingerprint, String type, String json) {}
}
