package org.gsef.governance.benchmark;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.gsef.governance.kernel.common.OfficialLanguage;
import org.gsef.governance.kernel.common.Region;
import org.gsef.governance.kernel.identity.Actor;
import org.gsef.governance.kernel.identity.Role;
import org.gsef.governance.kernel.membership.ApplicationEvent;
import org.gsef.governance.kernel.membership.ApplicationEvent.ApplicationReturnedForInformation;
import org.gsef.governance.kernel.membership.ApplicationEvent.MembershipApplicationResubmitted;
import org.gsef.governance.kernel.membership.ApplicationEvent.MembershipApplicationSubmitted;
import org.gsef.governance.kernel.membership.ApplicationEvent.MembershipApplicationWithdrawn;
import org.gsef.governance.kernel.membership.Organisation;
import org.gsef.governance.kernel.membership.OrganisationKind;
import org.gsef.governance.kernel.membership.SubmissionChannel;
import org.gsef.governance.platform.audit.AuditBundle;
import org.gsef.governance.platform.audit.AuditBundle.StoredEvent;
import org.gsef.governance.platform.audit.EventIntegrity;
import org.gsef.governance.platform.axon.AxonPersistenceConfiguration;
import org.gsef.governance.platform.identity.ActorMetaData;

/**
 * Writes a large history straight into the event store of a stopped system, as the system itself would have written
 * it: year after year of GSEF's life ({@link GsefYear}: the Committee, its meetings and ballots, applications and
 * members, the program's activities, the forum's editions and milestones, the plan's indicators, translations and
 * sources), so that every read model has its share of the events, each event serialized by the system's serializer,
 * sealed with its integrity key, stamped with the acting user, and linked into the hash chain (per entity and across
 * the store), so that verification, replays and rebuilds treat it like any other history. One application (the "long
 * entity", returned and resubmitted over and over) gets a given number of events of its own. Every event processor's
 * token is then moved to the new head, so that a restart does not replay the generated events; a rebuild (and its
 * promotion) is what brings the read models up to date.
 */
public final class HistoryGenerator implements AutoCloseable {

    private static final int BATCH = 2_000;
    private static final String APPLICATION = "MembershipApplication";

    private final Connection connection;
    private final Serializer serializer = AxonPersistenceConfiguration.jsonSerializer();
    private final EventIntegrity integrity;
    private final Map<String, String> entityHashes = new HashMap<>();
    private final List<GenericDomainEventMessage<?>> pending = new ArrayList<>(BATCH);
    private final MetaData metaData;
    private final Map<Actor, MetaData> actors = new HashMap<>();
    private final Map<String, Long> sequences = new HashMap<>();
    private final Map<String, Long> perType = new TreeMap<>();
    private long chainSeq;
    private String chainHash;
    private long written;
    private Instant clock;

    /** What was written: how many events, the long entity's id, and the instant of its second-to-last event. */
    public record Result(
            long events,
            String longEntity,
            Instant longEntityAsOf,
            long head,
            double seconds,
            long years,
            Map<String, Long> perType) {}

    public HistoryGenerator(String url, String user, String password, Path integrityKey) throws SQLException {
        this.connection = DriverManager.getConnection(url, user, password);
        this.connection.setAutoCommit(false);
        this.integrity = new EventIntegrity(serializer, integrityKey);
        Actor secretariat = Actor.of("secretariat", List.of(Role.SECRETARIAT));
        this.metaData = ActorMetaData.of(secretariat).and(ActorMetaData.IMPORT_SOURCE, "ops/benchmark history");
    }

    public Result generate(long events, int longEntityEvents) throws SQLException {
        long started = System.nanoTime();
        try (Statement statement = connection.createStatement();
                ResultSet last = statement.executeQuery(
                        "SELECT chain_seq, chain_hash FROM event_chain ORDER BY chain_seq DESC FETCH FIRST 1 ROWS ONLY")) {
            chainSeq = last.next() ? last.getLong(1) : 0;
            chainHash = chainSeq == 0 ? AuditBundle.GENESIS : last.getString(2);
        }
        clock = Instant.parse("2019-01-02T09:00:00Z");
        UUID longEntity = UUID.nameUUIDFromBytes("gsef-benchmark:long-entity".getBytes());
        Instant longEntityAsOf = longApplication(longEntity, longEntityEvents);
        // A year of about 600 events, each a minute after the last on a compressed calendar: a million events span
        // about two years of clock time, so that every date the pages and queries show stays plausible.
        GsefYear year = new GsefYear(
                (type, aggregate, payload, actor, at) -> {
                    // The last year is cut at the count asked for: a prefix of a valid history is a valid history.
                    if (written < events) {
                        clock = at;
                        append(type, aggregate, payload, actor);
                    }
                },
                clock,
                Duration.ofMinutes(1));
        long years = 0;
        while (written < events) {
            year.next();
            years++;
        }
        flush();
        long head = moveTokensToHead();
        connection.commit();
        return new Result(
                written,
                longEntity.toString(),
                longEntityAsOf,
                head,
                (System.nanoTime() - started) / 1e9,
                years,
                perType);
    }

    /**
     * The long entity: an application submitted, then returned and resubmitted until it has {@code count} events;
     * returns the instant of its second-to-last one.
     */
    private Instant longApplication(UUID id, int count) throws SQLException {
        Organisation organisation = new Organisation(
                "Benchmark SSE network of Puebla",
                OrganisationKind.LOCAL_SSE_NETWORK,
                "MX",
                Region.LATIN_AMERICA_AND_CARIBBEAN,
                "Puebla",
                OfficialLanguage.SPANISH);
        Instant secondToLast = clock;
        for (int sequence = 0; sequence < count; sequence++) {
            clock = clock.plusMillis(250);
            if (sequence == count - 2) {
                secondToLast = clock;
            }
            ApplicationEvent payload;
            if (sequence == 0) {
                payload = new MembershipApplicationSubmitted(
                        id, organisation, null, null, SubmissionChannel.SECRETARIAT, clock);
            } else if (sequence == count - 1) {
                payload = new MembershipApplicationWithdrawn(id, "merged into a national network", clock);
            } else if (sequence % 2 == 1) {
                payload = new ApplicationReturnedForInformation(id, "statutes missing, round " + sequence, clock);
            } else {
                payload = new MembershipApplicationResubmitted(id, organisation, null, clock);
            }
            append(APPLICATION, id.toString(), payload, null);
        }
        return secondToLast;
    }

    /** Appends the next event of the aggregate's stream, caused by the actor (the secretariat when null). */
    private void append(String type, String aggregate, Object payload, Actor actor) {
        long sequence = sequences.merge(aggregate, 1L, Long::sum) - 1;
        MetaData by = actor == null
                ? metaData
                : actors.computeIfAbsent(
                        actor, a -> ActorMetaData.of(a).and(ActorMetaData.IMPORT_SOURCE, "ops/benchmark history"));
        perType.merge(payload.getClass().getSimpleName(), 1L, Long::sum);
        GenericDomainEventMessage<?> event = new GenericDomainEventMessage<>(
                type,
                aggregate,
                sequence,
                payload,
                by.and(ActorMetaData.CORRELATION_ID, aggregate),
                UUID.randomUUID().toString(),
                clock);
        GenericDomainEventMessage<?> sealed = (GenericDomainEventMessage<?>)
                event.andMetaData(Map.of(EventIntegrity.METADATA_KEY, integrity.seal(event)));
        pending.add(sealed);
        written++;
        if (pending.size() == BATCH) {
            try {
                flush();
            } catch (SQLException e) {
                throw new IllegalStateException("cannot write the history", e);
            }
        }
    }

    private void flush() throws SQLException {
        if (pending.isEmpty()) {
            return;
        }
        List<Long> indexes = new ArrayList<>(pending.size());
        try (PreparedStatement next = connection.prepareStatement(
                "SELECT nextval('domain_event_entry_global_index_seq') FROM generate_series(1, ?)")) {
            next.setInt(1, pending.size());
            try (ResultSet rows = next.executeQuery()) {
                while (rows.next()) {
                    indexes.add(rows.getLong(1));
                }
            }
        }
        try (PreparedStatement events = connection.prepareStatement("""
                        INSERT INTO domain_event_entry (global_index, event_identifier, aggregate_identifier,
                               sequence_number, type, time_stamp, payload_type, payload_revision, payload, meta_data)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""");
                PreparedStatement chain = connection.prepareStatement("""
                        INSERT INTO event_chain (chain_seq, global_index, event_identifier, aggregate_identifier,
                               entity_hash, chain_hash, chained_at)
                        VALUES (?, ?, ?, ?, ?, ?, now())""")) {
            for (int i = 0; i < pending.size(); i++) {
                GenericDomainEventMessage<?> event = pending.get(i);
                SerializedObject<byte[]> payload = serializer.serialize(event.getPayload(), byte[].class);
                SerializedObject<byte[]> meta = serializer.serialize(event.getMetaData(), byte[].class);
                StoredEvent stored = new StoredEvent(
                        indexes.get(i),
                        event.getIdentifier(),
                        event.getAggregateIdentifier(),
                        event.getSequenceNumber(),
                        event.getType(),
                        DateTimeUtils.formatInstant(event.getTimestamp()),
                        payload.getType().getName(),
                        payload.getType().getRevision(),
                        payload.getData(),
                        meta.getData());
                events.setLong(1, stored.globalIndex());
                events.setString(2, stored.eventIdentifier());
                events.setString(3, stored.aggregateIdentifier());
                events.setLong(4, stored.sequenceNumber());
                events.setString(5, stored.type());
                events.setString(6, stored.timestamp());
                events.setString(7, stored.payloadType());
                events.setString(8, stored.payloadRevision());
                events.setBytes(9, stored.payload());
                events.setBytes(10, stored.metaData());
                events.addBatch();
                String entityHash = AuditBundle.entityHash(
                        entityHashes.getOrDefault(stored.aggregateIdentifier(), AuditBundle.GENESIS), stored);
                entityHashes.put(stored.aggregateIdentifier(), entityHash);
                chainSeq++;
                chainHash = AuditBundle.chainHash(chainHash, stored.globalIndex(), entityHash);
                chain.setLong(1, chainSeq);
                chain.setLong(2, stored.globalIndex());
                chain.setString(3, stored.eventIdentifier());
                chain.setString(4, stored.aggregateIdentifier());
                chain.setString(5, entityHash);
                chain.setString(6, chainHash);
                chain.addBatch();
            }
            events.executeBatch();
            chain.executeBatch();
        }
        connection.commit();
        pending.clear();
    }

    /** Every processor goes on from the new head, with no gaps: the generated events are history already. */
    private long moveTokensToHead() throws SQLException {
        long head;
        try (Statement statement = connection.createStatement();
                ResultSet max = statement.executeQuery("SELECT max(global_index) FROM domain_event_entry")) {
            max.next();
            head = max.getLong(1);
        }
        SerializedObject<byte[]> token =
                serializer.serialize(GapAwareTrackingToken.newInstance(head, List.of()), byte[].class);
        try (PreparedStatement update =
                connection.prepareStatement("UPDATE token_entry SET token = ?, token_type = ?, owner = NULL")) {
            update.setBytes(1, token.getData());
            update.setString(2, token.getType().getName());
            update.executeUpdate();
        }
        return head;
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
