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
import org.gsef.governance.kernel.common.RuleViolation;
import org.gsef.governance.platform.identity.ActorMetaData;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Makes retries safe: a command sent with an {@code Idempotency-Key} is carried out once per actor and key; a retry
 * gets the first result back without running again. The key is claimed in the same transaction as the command's
 * events, so a key is never recorded for a command that did not happen, and a concurrent duplicate waits for the
 * first and then answers like it (PostgreSQL). Not a Spring bean: Axon registers every interceptor bean on the bus by
 * itself, and this one must run exactly once, after authorisation.
 */
public class Idempotency implements MessageHandlerInterceptor<CommandMessage<?>> {

    public static final String KEY = "idempotencyKey";

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
        if (!claim(actor.toString(), key.toString(), name)) {
            return replay(actor.toString(), key.toString(), name);
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

    private boolean claim(String actor, String key, String name) {
        String insert = postgres
                ? "INSERT INTO command_idempotency (actor_id, idempotency_key, command_name, created_at)"
                        + " VALUES (:actor, :key, :name, :at) ON CONFLICT DO NOTHING"
                : "INSERT INTO command_idempotency (actor_id, idempotency_key, command_name, created_at)"
                        + " SELECT :actor, :key, :name, :at FROM (VALUES (1)) AS one(x) WHERE NOT EXISTS"
                        + " (SELECT 1 FROM command_idempotency WHERE actor_id = :actor AND idempotency_key = :key)";
        return jdbc.sql(insert)
                        .param("actor", actor)
                        .param("key", key)
                        .param("name", name)
                        .param("at", clock.instant().atOffset(ZoneOffset.UTC))
                        .update()
                == 1;
    }

    private Object replay(String actor, String key, String name) throws Exception {
        Optional<Stored> stored = jdbc.sql("SELECT command_name, result_type, result_json FROM command_idempotency"
                        + " WHERE actor_id = :actor AND idempotency_key = :key")
                .param("actor", actor)
                .param("key", key)
                .query((rs, row) -> new Stored(rs.getString(1), rs.getString(2), rs.getString(3)))
                .optional();
        Stored first = stored.orElseThrow();
        if (!first.commandName().equals(name)) {
            throw new RuleViolation("idempotency-key-reused", "the key was used for " + first.commandName());
        }
        return first.type() == null ? null : json.readValue(first.json(), Class.forName(first.type()));
    }

    private record Stored(String commandName, String type, String json) {}
}
