package org.gsef.governance.command.membership;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.modelling.command.ConcurrencyException;
import org.gsef.governance.kernel.identity.Actor;
import org.gsef.governance.kernel.identity.Role;
import org.gsef.governance.kernel.membership.ApplicationEvent;
import org.gsef.governance.kernel.membership.ApplicationEvent.ApplicationAdmitted;
import org.gsef.governance.kernel.membership.ApplicationEvent.ApplicationRejected;
import org.gsef.governance.kernel.membership.ApplicationEvent.MembershipApplicationResubmitted;
import org.gsef.governance.kernel.membership.ApplicationEvent.MembershipApplicationSubmitted;
import org.gsef.governance.kernel.membership.ApplicationEvent.MembershipApplicationWithdrawn;
import org.gsef.governance.kernel.membership.ApplicationEvent.OrganisationDistinctnessStated;
import org.gsef.governance.kernel.membership.DistinctnessStatement;
import org.gsef.governance.kernel.membership.MemberEvent;
import org.gsef.governance.kernel.membership.MemberEvent.MemberAdmitted;
import org.gsef.governance.kernel.membership.MemberEvent.MemberImported;
import org.gsef.governance.kernel.membership.MemberEvent.MemberLeft;
import org.gsef.governance.kernel.membership.MemberEvent.MemberReinstated;
import org.gsef.governance.kernel.membership.MemberEvent.MemberSuspended;
import org.gsef.governance.kernel.membership.MemberStatus;
import org.gsef.governance.kernel.membership.Organisation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * One organisation, one membership: the organisations that are members (active or suspended) or have an application
 * in progress, each holding its {@link OrganisationKey} in the table {@code organisation_registry}, whose primary key
 * is the claimed key.
 *
 * <p>The aggregates ask it, before they apply an event, whether the organisation is registered already, and whether
 * a sponsor is an active member. It follows the membership events through a subscribing processor, that is in the
 * transaction of the command that applies them: a second claim of one key (two identical submissions at once, in one
 * process or in several on one database) waits for the first and is refused when it commits, with the same refusal.
 * A record the Secretariat stated distinct holds the key qualified by its own identifier, and so does a duplicate
 * that the store held before the registry existed (found when the registry is filled from history, and logged).
 */
@Component
@ProcessingGroup(OrganisationRegistry.PROCESSOR)
public class OrganisationRegistry {

    public static final String PROCESSOR = "organisation-registry";

    private static final Logger log = LoggerFactory.getLogger(OrganisationRegistry.class);
    private static final UUID NOBODY = new UUID(0, 0);

    public enum RecordKind {
        MEMBER,
        APPLICATION
    }

    /** A member, or an application in progress, that holds an organisation's key. */
    public record Registration(UUID recordId, RecordKind kind) {
        @Override
        public String toString() {
            return kind.name().toLowerCase(Locale.ROOT) + " " + recordId;
        }
    }

    /** What a record does when the key it claims is held by another: it is refused, or holds the key qualified. */
    private enum OnConflict {
        REFUSE,
        QUALIFY
    }

    private final JdbcClient jdbc;
    private final boolean postgres;

    @Autowired
    OrganisationRegistry(JdbcClient jdbc, DataSource dataSource) throws SQLException {
        this(jdbc, isPostgres(dataSource));
    }

    OrganisationRegistry(JdbcClient jdbc, boolean postgres) {
        this.jdbc = jdbc;
        this.postgres = postgres;
    }

    private static boolean isPostgres(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return connection
                    .getMetaData()
                    .getDatabaseProductName()
                    .toLowerCase(Locale.ROOT)
                    .contains("postgres");
        }
    }

    // --- the rules, as the aggregates ask them --------------------------------------------------------------------

    /**
     * Refuses an organisation that is a member already or has an application in progress, unless the Secretariat
     * states that it is another organisation, naming the very record that holds the key.
     *
     * @param recordId the application or member the organisation would be; a record never conflicts with itself
     * @return the record the organisation was stated distinct from, when a statement was needed and is accepted
     */
    Optional<Registration> requireUnregistered(
            UUID recordId, Organisation organisation, DistinctnessStatement statement, Actor actor) {
        if (statement != null && (actor == null || !actor.has(Role.SECRETARIAT))) {
            throw RegistryRefusals.distinctnessBySecretariatOnly();
        }
        Optional<Registration> holder = holderOf(OrganisationKey.of(organisation), recordId);
        if (holder.isEmpty()) {
            if (statement != null) {
                throw RegistryRefusals.distinctFromNoSimilarRecord(statement.existingRecordId());
            }
            return Optional.empty();
        }
        if (statement == null) {
            throw RegistryRefusals.alreadyRegistered(organisation, holder.get());
        }
        if (!statement.existingRecordId().equals(holder.get().recordId())) {
            throw RegistryRefusals.distinctFromAnotherRecord(statement.existingRecordId(), holder.get());
        }
        return holder;
    }

    /**
     * Refuses a sponsor that is not an active member (unknown, suspended, or gone): at submission, and again when the
     * application is put to the Committee.
     */
    public void requireActiveSponsor(UUID sponsorMemberId) {
        if (sponsorMemberId != null
                && memberStatus(sponsorMemberId)
                        .filter(MemberStatus.ACTIVE::equals)
                        .isEmpty()) {
            throw RegistryRefusals.sponsorNotActiveMember(sponsorMemberId);
        }
    }

    /**
     * The member or application in progress, other than {@code self}, that holds the key: the one holding it plainly
     * before any that hold it qualified.
     */
    public Optional<Registration> holderOf(OrganisationKey key, UUID self) {
        return jdbc
                .sql("""
                        SELECT record_id, record_kind FROM organisation_registry
                         WHERE organisation_key = :key AND record_id <> :self
                         ORDER BY CASE WHEN claim_key = organisation_key THEN 0 ELSE 1 END, record_id""")
                .param("key", key.value())
                .param("self", self == null ? NOBODY : self)
                .query((row, number) ->
                        new Registration(row.getObject(1, UUID.class), RecordKind.valueOf(row.getString(2))))
                .list()
                .stream()
                .findFirst();
    }

    /** The status of a member that is active or suspended; empty for a member that left, or an unknown one. */
    public Optional<MemberStatus> memberStatus(UUID memberId) {
        return jdbc.sql(
                        "SELECT member_status FROM organisation_registry WHERE record_id = :id AND record_kind = 'MEMBER'")
                .param("id", memberId)
                .query(String.class)
                .optional()
                .map(MemberStatus::valueOf);
    }

    // --- following the events --------------------------------------------------------------------------------------

    @EventHandler
    void on(ApplicationEvent event) {
        record(event, false);
    }

    @EventHandler
    void on(MemberEvent event) {
        record(event, false);
    }

    /**
     * Fills the registry from the history of a store that holds events from before it, in their order. A duplicate
     * found there holds its key qualified; duplicates that no statement of distinctness explains are logged.
     *
     * @return how many membership events were read
     */
    long fill(Stream<? extends EventMessage<?>> history) {
        Set<UUID> duplicates = new LinkedHashSet<>();
        long read = 0;
        for (Iterator<? extends EventMessage<?>> events = history.iterator(); events.hasNext(); ) {
            EventMessage<?> message = events.next();
            Class<?> type = message.getPayloadType();
            if (!ApplicationEvent.class.isAssignableFrom(type) && !MemberEvent.class.isAssignableFrom(type)) {
                continue;
            }
            read++;
            Object event = message.getPayload();
            if (event instanceof OrganisationDistinctnessStated stated) {
                duplicates.remove(stated.applicationId());
            } else {
                record(event, true).ifPresent(duplicates::add);
            }
        }
        if (!duplicates.isEmpty()) {
            log.warn(
                    "The store holds {} record(s) of an organisation that was already registered: {}",
                    duplicates.size(),
                    duplicates);
        }
        return read;
    }

    /** Applies one event; returns the record it made hold its key qualified, if any. */
    private Optional<UUID> record(Object event, boolean history) {
        return switch (event) {
            case MembershipApplicationSubmitted submitted ->
                claim(
                        submitted.applicationId(),
                        RecordKind.APPLICATION,
                        submitted.organisation(),
                        null,
                        onConflict(submitted.applicationId(), history));
            case MembershipApplicationResubmitted resubmitted ->
                reclaim(
                        resubmitted.applicationId(),
                        resubmitted.organisation(),
                        onConflict(resubmitted.applicationId(), history));
            case ApplicationAdmitted admitted -> transfer(admitted);
            case ApplicationRejected rejected -> release(rejected.applicationId());
            case MembershipApplicationWithdrawn withdrawn -> release(withdrawn.applicationId());
            case MemberImported imported ->
                claim(
                        imported.memberId(),
                        RecordKind.MEMBER,
                        imported.organisation(),
                        MemberStatus.ACTIVE,
                        history ? OnConflict.QUALIFY : OnConflict.REFUSE);
            case MemberAdmitted admitted ->
                claim(
                        admitted.memberId(),
                        RecordKind.MEMBER,
                        admitted.organisation(),
                        MemberStatus.ACTIVE,
                        OnConflict.QUALIFY);
            case MemberSuspended suspended -> status(suspended.memberId(), MemberStatus.SUSPENDED);
            case MemberReinstated reinstated -> status(reinstated.memberId(), MemberStatus.ACTIVE);
            case MemberLeft left -> release(left.memberId());
            default -> Optional.empty();
        };
    }

    /**
     * An application whose key is held is refused, unless the Secretariat stated it distinct in the same command: the
     * subscribing processor hands over the events of one command as one batch, the statement right after the
     * submission.
     */
    private static OnConflict onConflict(UUID applicationId, boolean history) {
        if (history) {
            return OnConflict.QUALIFY;
        }
        boolean stated = CurrentUnitOfWork.isStarted()
                && CurrentUnitOfWork.get() instanceof BatchingUnitOfWork<?> batch
                && batch.getMessages().stream()
                        .anyMatch(message -> message.getPayload() instanceof OrganisationDistinctnessStated statement
                                && statement.applicationId().equals(applicationId));
        return stated ? OnConflict.QUALIFY : OnConflict.REFUSE;
    }

    private Optional<UUID> claim(
            UUID recordId, RecordKind kind, Organisation organisation, MemberStatus status, OnConflict onConflict) {
        OrganisationKey key = OrganisationKey.of(organisation);
        if (insert(key.value(), key, recordId, kind, status, organisation.name()) || registered(recordId)) {
            return Optional.empty();
        }
        if (onConflict == OnConflict.REFUSE) {
            Registration holder = holderOf(key, recordId)
                    .orElseThrow(
                            () -> new ConcurrencyException("the key of " + organisation.name() + " changed hands"));
            throw RegistryRefusals.alreadyRegistered(organisation, holder);
        }
        insert(key.value() + "|" + recordId, key, recordId, kind, status, organisation.name());
        log.info("{} {} holds the key of {} beside another record", kind, recordId, organisation.name());
        return Optional.of(recordId);
    }

    /** A resubmission keeps its claim when its key is unchanged, and claims the new key otherwise. */
    private Optional<UUID> reclaim(UUID applicationId, Organisation organisation, OnConflict onConflict) {
        OrganisationKey key = OrganisationKey.of(organisation);
        int kept = jdbc.sql("UPDATE organisation_registry SET organisation_name = :name"
                        + " WHERE record_id = :id AND organisation_key = :key")
                .param("name", organisation.name())
                .param("id", applicationId)
                .param("key", key.value())
                .update();
        if (kept == 1) {
            return Optional.empty();
        }
        release(applicationId);
        return claim(applicationId, RecordKind.APPLICATION, organisation, null, onConflict);
    }

    /** The admitted application's claim passes to the member it creates, in the same transaction. */
    private Optional<UUID> transfer(ApplicationAdmitted admitted) {
        int moved = jdbc.sql("""
                        UPDATE organisation_registry
                           SET record_id = :member, record_kind = 'MEMBER', member_status = 'ACTIVE'
                         WHERE record_id = :application
                           AND NOT EXISTS (SELECT 1 FROM organisation_registry m WHERE m.record_id = :member)""")
                .param("member", admitted.memberId())
                .param("application", admitted.applicationId())
                .update();
        if (moved == 1) {
            return Optional.empty();
        }
        return claim(
                admitted.memberId(),
                RecordKind.MEMBER,
                admitted.organisation(),
                MemberStatus.ACTIVE,
                OnConflict.QUALIFY);
    }

    private Optional<UUID> release(UUID recordId) {
        jdbc.sql("DELETE FROM organisation_registry WHERE record_id = :id")
                .param("id", recordId)
                .update();
        return Optional.empty();
    }

    private Optional<UUID> status(UUID memberId, MemberStatus status) {
        jdbc.sql("UPDATE organisation_registry SET member_status = :status WHERE record_id = :id")
                .param("status", status.name())
                .param("id", memberId)
                .update();
        return Optional.empty();
    }

    private boolean registered(UUID recordId) {
        return jdbc.sql("SELECT count(*) FROM organisation_registry WHERE record_id = :id")
                        .param("id", recordId)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    /**
     * Claims the key unless another record holds it or this record holds one already; false then. A claim that
     * another transaction is making meanwhile is waited for: PostgreSQL's {@code ON CONFLICT} and H2's unique index
     * both wait for it to commit (or roll back) and then answer.
     */
    private boolean insert(
            String claim, OrganisationKey key, UUID recordId, RecordKind kind, MemberStatus status, String name) {
        String sql = postgres ? """
                INSERT INTO organisation_registry
                       (claim_key, organisation_key, record_id, record_kind, member_status, organisation_name)
                VALUES (:claim, :key, :id, :kind, :status, :name) ON CONFLICT DO NOTHING""" : """
                INSERT INTO organisation_registry
                       (claim_key, organisation_key, record_id, record_kind, member_status, organisation_name)
                SELECT :claim, :key, :id, :kind, :status, :name FROM (VALUES (1)) AS one(x)
                 WHERE NOT EXISTS (SELECT 1 FROM organisation_registry WHERE claim_key = :claim OR record_id = :id)""";
        try {
            return jdbc.sql(sql)
                            .param("claim", claim)
                            .param("key", key.value())
                            .param("id", recordId)
                            .param("kind", kind.name())
                            .param("status", status == null ? null : status.name())
                            .param("name", name)
                            .update()
                    == 1;
        } catch (DuplicateKeyException claimedMeanwhile) {
            return false;
        }
    }
}
