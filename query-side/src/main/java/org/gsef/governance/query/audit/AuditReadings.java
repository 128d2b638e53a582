package org.gsef.governance.query.audit;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;
import org.gsef.governance.kernel.identity.Actor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The log of who read the record in ways auditors account for: verified the chain, downloaded the audit bundle,
 * exported the trail or a decision. Newest first, a page at a time by its id.
 */
@Component
public class AuditReadings {

    /** What was done with the record. */
    public enum Activity {
        VERIFIED_CHAIN,
        DOWNLOADED_BUNDLE,
        EXPORTED_TRAIL,
        EXPORTED_DECISION
    }

    public record Reading(
            long id, OffsetDateTime readAt, String reader, String roles, Activity activity, String subject) {}

    private final JdbcClient jdbc;
    private final Clock clock;

    public AuditReadings(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Records that {@code reader} did {@code activity}, on {@code subject} (a filter, a ballot) when there is one. */
    public void record(Actor reader, Activity activity, String subject) {
        jdbc.sql("INSERT INTO audit_reading (read_at, reader, roles, activity, subject)"
                        + " VALUES (:at, :reader, :roles, :activity, :subject)")
                .param("at", clock.instant().atOffset(ZoneOffset.UTC))
                .param("reader", reader.userId())
                .param("roles", reader.roles().stream().map(Enum::name).sorted().collect(Collectors.joining(",")))
                .param("activity", activity.name())
                .param("subject", subject == null ? null : subject.substring(0, Math.min(subject.length(), 2000)))
                .update();
    }

    /** The readings before id {@code before} ({@code 0}: the latest), newest first. */
    public List<Reading> page(long before, int limit) {
        return jdbc.sql("SELECT id, read_at, reader, roles, activity, subject FROM audit_reading"
                        + (before > 0 ? " WHERE id < :before" : "")
                        + " ORDER BY id DESC FETCH FIRST " + limit + " ROWS ONLY")
                .params(before > 0 ? java.util.Map.of("before", before) : java.util.Map.of())
                .query(Reading.class)
                .list();
    }
}
