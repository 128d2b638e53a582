package org.gsef.governance.query.history;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonRawValue;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.gsef.governance.kernel.committee.BallotEvent.BallotClosed;
import org.gsef.governance.kernel.committee.BallotOutcome;
import org.gsef.governance.kernel.committee.BallotResultReason;
import org.gsef.governance.kernel.committee.DecisionType;
import org.gsef.governance.kernel.committee.VotingRule;
import org.gsef.governance.kernel.membership.MemberEvent;
import org.gsef.governance.kernel.membership.MemberStatus;
import org.gsef.governance.kernel.membership.Organisation;
import org.gsef.governance.kernel.membership.RegisterCommand;
import org.gsef.governance.kernel.membership.RegisterEvent.OpeningBalanceRecorded;
import org.gsef.governance.kernel.membership.Tally;
import org.gsef.governance.platform.axon.AxonPersistenceConfiguration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Time travel: the state of an entity, of the member register and of the Committee's register of decisions as of any
 * instant, computed from the events recorded up to that instant (read through the event store, upcasters included),
 * never from the read models.
 */
@Component
public class History {

    private static final ObjectMapper JSON = AxonPersistenceConfiguration.axonObjectMapper();

    private final EventStorageEngine events;
    private final JdbcClient jdbc;

    private final Memos memos = new Memos();

    /** An entity's state after one of its events: where a later question about it can start from. */
    private record Memo(String type, Step step, String state) {}

    /**
     * The states of long-lived entities after every {@link #EVERY}th event, as earlier questions folded them (a past
     * never changes, so they never go stale), for up to {@link #ENTITIES} entities, the least recently asked about
     * forgotten first. A question then folds at most {@code EVERY} events.
     */
    private static final class Memos {

        static final int EVERY = 500;
        static final int ENTITIES = 1_000;

        private final Map<String, NavigableMap<Long, Memo>> byEntity = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, NavigableMap<Long, Memo>> eldest) {
                return size() > ENTITIES;
            }
        };

        synchronized Memo latest(String entityId, Instant asOf) {
            NavigableMap<Long, Memo> memos = byEntity.get(entityId);
            if (memos == null) {
                return null;
            }
            for (Memo memo : memos.descendingMap().values()) {
                if (!memo.step().occurredAt().isAfter(asOf)) {
                    return memo;
                }
            }
            return null;
        }

        synchronized void keep(String entityId, Memo memo) {
            byEntity.computeIfAbsent(entityId, id -> new TreeMap<>())
                    .put(memo.step().version(), memo);
        }
    }

    private static ObjectNode parsed(String json) {
        try {
            return (ObjectNode) JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public History(EventStorageEngine events, JdbcClient jdbc) {
        this.events = events;
        this.jdbc = jdbc;
    }

    /** One event of an entity's past. */
    public record Step(long version, String eventType, Instant occurredAt) {}

    /**
     * An entity as of an instant: each event's fields laid over the previous ones, in order.
     *
     * @param state the entity's fields as its events up to then set them
     * @param history every step up to then, when asked for (the timeline gives them too)
     */
    public record EntityState(
            String entityId,
            String entityType,
            Instant asOf,
            long version,
            String lastEventType,
            Instant lastEventAt,
            @JsonRawValue String state,
            @JsonInclude(JsonInclude.Include.NON_NULL) List<Step> history) {}

    /** The entity as of the instant, with its steps or not; nothing when it had no event yet. */
    public Optional<EntityState> entity(String entityId, Instant asOf, boolean withHistory) {
        ObjectNode state = JSON.createObjectNode();
        List<Step> steps = withHistory ? new ArrayList<>() : null;
        String type = null;
        Step last = null;
        Memo from = withHistory ? null : memos.latest(entityId, asOf);
        if (from != null) {
            state = parsed(from.state());
            type = from.type();
            last = from.step();
        }
        for (DomainEventMessage<?> event : eventsOf(entityId, asOf, last == null ? 0 : last.version() + 1)) {
            type = event.getType();
            state.setAll((ObjectNode) JSON.valueToTree(event.getPayload()));
            last = new Step(event.getSequenceNumber(), event.getPayloadType().getSimpleName(), event.getTimestamp());
            if (withHistory) {
                steps.add(last);
            }
            if ((last.version() + 1) % Memos.EVERY == 0) {
                memos.keep(entityId, new Memo(type, last, state.toString()));
            }
        }
        if (last == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new EntityState(
                    entityId,
                    type,
                    asOf,
                    last.version(),
                    last.eventType(),
                    last.occurredAt(),
                    JSON.writeValueAsString(state),
                    steps));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A member as the register had it. */
    public record RegisteredMember(
            UUID memberId,
            String organisationName,
            String kind,
            String country,
            String region,
            String city,
            LocalDate admittedOn,
            String origin,
            MemberStatus status,
            String statusReason,
            LocalDate statusSince) {}

    /**
     * @param on when given, the register on that day by the effective dates of admissions and status changes
     * @param active members active then: the named ones and those of the opening balance it does not name
     * @param byRegion named members active then, by region ({@code NONE} for networks without one)
     * @param unnamed members of the opening balance the register does not name (their region is not known)
     * @param openingBalance the opening balance recorded up to {@code asOf}, if any
     */
    public record MemberRegister(
            Instant asOf,
            LocalDate on,
            long active,
            Map<String, Long> byRegion,
            long unnamed,
            OpeningBalance openingBalance,
            List<RegisteredMember> members) {}

    /** The member register as the events recorded up to {@code asOf} make it, on the day {@code on} if given. */
    public MemberRegister memberRegister(Instant asOf, LocalDate on) {
        return register(memberEvents(asOf), openingBalance(asOf), asOf, on);
    }

    /** The opening balance of the register as recorded up to {@code asOf}: the latest one recorded. */
    OpeningBalance openingBalance(Instant asOf) {
        OpeningBalance balance = null;
        for (DomainEventMessage<?> message : eventsOf(RegisterCommand.MEMBER_REGISTER, asOf)) {
            if (message.getPayload() instanceof OpeningBalanceRecorded recorded) {
                balance = new OpeningBalance(recorded.asOf(), recorded.members(), recorded.source());
            }
        }
        return balance;
    }

    /** Active members on each of the days, by the effective dates the events recorded up to {@code asOf} give. */
    public Map<LocalDate, Long> activeMembers(Instant asOf, List<LocalDate> days) {
        List<List<DomainEventMessage<?>>> events = memberEvents(asOf);
        OpeningBalance balance = openingBalance(asOf);
        Map<LocalDate, Long> counts = new LinkedHashMap<>();
        days.forEach(day -> counts.put(day, register(events, balance, asOf, day).active()));
        return counts;
    }

    private List<List<DomainEventMessage<?>>> memberEvents(Instant asOf) {
        return entitiesOfType("Member").stream().map(id -> eventsOf(id, asOf)).toList();
    }

    private static MemberRegister register(
            List<List<DomainEventMessage<?>>> events, OpeningBalance balance, Instant asOf, LocalDate on) {
        MemberRegister named = named(events, asOf, on);
        if (balance == null) {
            return named;
        }
        LocalDate day = on != null ? on : LocalDate.ofInstant(asOf, ZoneOffset.UTC);
        long unnamed = balance.unnamed(named(events, asOf, balance.asOf()).active(), day);
        return new MemberRegister(
                asOf, on, named.active() + unnamed, named.byRegion(), unnamed, balance, named.members());
    }

    /** The register of named members only. */
    private static MemberRegister named(List<List<DomainEventMessage<?>>> events, Instant asOf, LocalDate on) {
        List<RegisteredMember> members = new ArrayList<>();
        for (List<DomainEventMessage<?>> history : events) {
            RegisteredMember member = null;
            for (DomainEventMessage<?> message : history) {
                member = switch ((MemberEvent) message.getPayload()) {
                    case MemberEvent.MemberAdmitted admitted ->
                        registered(admitted.memberId(), admitted.organisation(), admitted.admittedOn(), "ADMISSION");
                    case MemberEvent.MemberImported imported ->
                        registered(imported.memberId(), imported.organisation(), imported.admittedOn(), "IMPORT");
                    case MemberEvent.MemberSuspended suspended ->
                        status(member, MemberStatus.SUSPENDED, suspended.reason(), suspended.effectiveOn(), on);
                    case MemberEvent.MemberReinstated reinstated ->
                        status(member, MemberStatus.ACTIVE, reinstated.reason(), reinstated.effectiveOn(), on);
                    case MemberEvent.MemberLeft left ->
                        status(member, MemberStatus.LEFT, left.reason(), left.effectiveOn(), on);
                };
            }
            if (member != null
                    && (on == null
                            || member.admittedOn() == null
                            || !member.admittedOn().isAfter(on))) {
                members.add(member);
            }
        }
        members.sort(
                Comparator.comparing(RegisteredMember::organisationName).thenComparing(RegisteredMember::memberId));
        Map<String, Long> byRegion = new TreeMap<>();
        members.stream()
                .filter(member -> member.status() == MemberStatus.ACTIVE)
                .forEach(member -> byRegion.merge(member.region() == null ? "NONE" : member.region(), 1L, Long::sum));
        long active = byRegion.values().stream().mapToLong(Long::longValue).sum();
        return new MemberRegister(asOf, on, active, byRegion, 0, null, members);
    }

    private static RegisteredMember registered(
            UUID id, Organisation organisation, LocalDate admittedOn, String origin) {
        return new RegisteredMember(
                id,
                organisation.name(),
                organisation.kind().name(),
                organisation.country(),
                organisation.region() == null ? null : organisation.region().name(),
                organisation.city(),
                admittedOn,
                origin,
                MemberStatus.ACTIVE,
                null,
                admittedOn);
    }

    /** A status change, unless it takes effect after the day asked for. */
    private static RegisteredMember status(
            RegisteredMember member, MemberStatus status, String reason, LocalDate effectiveOn, LocalDate on) {
        if (member == null || (on != null && effectiveOn != null && effectiveOn.isAfter(on))) {
            return member;
        }
        return new RegisteredMember(
                member.memberId(),
                member.organisationName(),
                member.kind(),
                member.country(),
                member.region(),
                member.city(),
                member.admittedOn(),
                member.origin(),
                status,
                reason,
                effectiveOn);
    }

    /** A decision of the Committee: a closed ballot, its result, tally and rule. */
    public record Decision(
            UUID ballotId,
            DecisionType type,
            UUID referenceId,
            String title,
            BallotOutcome outcome,
            Tally tally,
            VotingRule rule,
            int quorumRequired,
            int quorumReached,
            BallotResultReason reason,
            Instant decidedAt) {}

    /** The Committee's register of decisions as the events recorded up to {@code asOf} make it, oldest first. */
    public List<Decision> decisions(Instant asOf) {
        Map<UUID, Decision> decisions = new LinkedHashMap<>();
        for (String id : entitiesOfType("Ballot")) {
            for (DomainEventMessage<?> message : eventsOf(id, asOf)) {
                if (message.getPayload() instanceof BallotClosed closed) {
                    decisions.put(
                            closed.ballotId(),
                            new Decision(
                                    closed.ballotId(),
                                    closed.subject().type(),
                                    closed.subject().referenceId(),
                                    closed.subject().title(),
                                    closed.outcome(),
                                    closed.tally(),
                                    closed.rule(),
                                    closed.quorumRequired(),
                                    closed.quorumReached(),
                                    closed.reason(),
                                    closed.at()));
                }
            }
        }
        return decisions.values().stream()
                .sorted(Comparator.comparing(Decision::decidedAt))
                .toList();
    }

    /** The entity's events recorded up to the instant, in order. */
    List<DomainEventMessage<?>> eventsOf(String entityId, Instant asOf) {
        return eventsOf(entityId, asOf, 0);
    }

    private List<DomainEventMessage<?>> eventsOf(String entityId, Instant asOf, long firstSequence) {
        List<DomainEventMessage<?>> found = new ArrayList<>();
        DomainEventStream stream = events.readEvents(entityId, firstSequence);
        while (stream.hasNext()) {
            DomainEventMessage<?> event = stream.next();
            if (event.getTimestamp().isAfter(asOf)) {
                break;
            }
            found.add(event);
        }
        return found;
    }

    List<String> entitiesOfType(String type) {
        return jdbc.sql("SELECT DISTINCT aggregate_identifier FROM domain_event_entry WHERE type = :type")
                .param("type", type)
                .query(String.class)
                .list();
    }
}
