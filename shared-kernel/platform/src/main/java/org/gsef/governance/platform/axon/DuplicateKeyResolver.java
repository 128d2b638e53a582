package org.gsef.governance.platform.axon;

import java.sql.SQLException;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;

/**
 * Recognises a unique-key violation by its SQLSTATE (23505 on PostgreSQL and H2), so that two appends of the same
 * aggregate sequence number surface as Axon's concurrency exception instead of a generic storage failure. Axon's own
 * JDBC resolver only recognises {@code SQLIntegrityConstraintViolationException}, which the PostgreSQL driver never
 * throws.
 */
final class DuplicateKeyResolver implements PersistenceExceptionResolver {

    static final String UNIQUE_VIOLATION = "23505";

    @Override
    public boolean isDuplicateKeyViolation(Exception exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }
}
