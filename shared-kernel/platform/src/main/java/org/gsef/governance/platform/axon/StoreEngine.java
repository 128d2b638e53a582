package org.gsef.governance.platform.axon;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.common.jdbc.JdbcUtils;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedDomainEventData;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventsourcing.EventStreamUtils;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.SerializedObject;

/**
 * Axon's JDBC event storage engine, the events it streams reading their timestamps by {@link StoredTimestamps} (once
 * each) instead of Axon's formatter; it also reads every event of one entity type in one query ({@link EventsByType}).
 */
final class StoreEngine extends JdbcEventStorageEngine implements EventsByType {

    private final TransactionManager transactions;

    StoreEngine(Builder builder, TransactionManager transactions) {
        super(builder);
        this.transactions = transactions;
    }

    @Override
    public List<List<DomainEventMessage<?>>> eventsOfType(String type) {
        EventSchema schema = schema();
        String sql = "SELECT " + domainEventFields() + " FROM " + schema.domainEventTable() + " WHERE "
                + schema.typeColumn() + " = ? ORDER BY " + schema.aggregateIdentifierColumn() + ", "
                + schema.sequenceNumberColumn();
        List<? extends DomainEventData<?>> stored = transactions.fetchInTransaction(() -> JdbcUtils.executeQuery(
                getConnection(),
                connection -> {
                    PreparedStatement statement = connection.prepareStatement(sql);
                    statement.setString(1, type);
                    return statement;
                },
                JdbcUtils.listResults(this::getDomainEventData),
                e -> new EventStoreException("Failed to read the events of the type " + type, e)));
        List<List<DomainEventMessage<?>>> entities = new ArrayList<>();
        List<DomainEventMessage<?>> entity = null;
        DomainEventStream events =
                EventStreamUtils.upcastAndDeserializeDomainEvents(stored.stream(), getEventSerializer(), upcasterChain);
        while (events.hasNext()) {
            DomainEventMessage<?> event = events.next();
            if (entity == null || !entity.getFirst().getAggregateIdentifier().equals(event.getAggregateIdentifier())) {
                entity = new ArrayList<>();
                entities.add(entity);
            }
            entity.add(event);
        }
        return entities;
    }

    @Override
    protected TrackedEventData<?> getTrackedEventData(ResultSet resultSet, GapAwareTrackingToken previousToken)
            throws SQLException {
        TrackedEventData<?> read = super.getTrackedEventData(resultSet, previousToken);
        if (read instanceof TrackedDomainEventData<?> domain
                && readTimeStamp(resultSet, schema().timestampColumn()) instanceof String text) {
            return tracked(domain, text);
        }
        return read;
    }

    private static <T> TrackedEventData<T> tracked(TrackedDomainEventData<T> read, String timestamp) {
        return new TrackedDomainEventData<>(read.trackingToken(), new Timestamped<>(read, timestamp));
    }

    /** An event's stored data, its timestamp read once, by the fixed form's positions. */
    private static final class Timestamped<T> implements DomainEventData<T> {

        private final DomainEventData<T> stored;
        private final String text;
        private Instant timestamp;

        Timestamped(DomainEventData<T> stored, String text) {
            this.stored = stored;
            this.text = text;
        }

        @Override
        public Instant getTimestamp() {
            Instant known = timestamp;
            if (known == null) {
                known = StoredTimestamps.parse(text);
                timestamp = known;
            }
            return known;
        }

        @Override
        public String getEventIdentifier() {
            return stored.getEventIdentifier();
        }

        @Override
        public SerializedObject<T> getMetaData() {
            return stored.getMetaData();
        }

        @Override
        public SerializedObject<T> getPayload() {
            return stored.getPayload();
        }

        @Override
        public String getType() {
            return stored.getType();
        }

        @Override
        public String getAggregateIdentifier() {
            return stored.getAggregateIdentifier();
        }

        @Override
        public long getSequenceNumber() {
            return stored.getSequenceNumber();
        }
    }
}
