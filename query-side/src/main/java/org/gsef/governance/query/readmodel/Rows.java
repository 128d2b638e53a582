package org.gsef.governance.query.readmodel;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Replay-safe writes shared by the projections: handling the same event twice leaves the same row. */
public final class Rows {

    private Rows() {}

    /** Updates the row the update statement finds, or inserts it when there is none. */
    public static void upsert(JdbcClient jdbc, String update, String insert, Map<String, ?> parameters) {
        if (jdbc.sql(update).params(parameters).update() == 0) {
            jdbc.sql(insert).params(parameters).update();
        }
    }

    public static OffsetDateTime timestamp(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
