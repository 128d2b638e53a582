package org.gsef.governance.platform.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.gsef.governance.kernel.committee.BallotEvent.BallotClosed;
import org.gsef.governance.kernel.committee.BallotEvent.BallotOpened;
import org.gsef.governance.kernel.committee.BallotEvent.VoteRefused;
import org.gsef.governance.kernel.committee.BallotResultReason;
import org.gsef.governance.kernel.committee.CommitteeEvent.DelegateAppointed;
import org.gsef.governance.kernel.committee.CommitteeEvent.SeatEstablished;
import org.gsef.governance.kernel.committee.CommitteeEvent.SeatRetired;
import org.gsef.governance.kernel.committee.MeetingEvent.MeetingScheduled;
import org.gsef.governance.kernel.membership.ApplicationEvent.ApplicationAdmitted;
import org.gsef.governance.platform.identity.ActorMetaData;

/**
 * Every upcaster, oldest revision first: the event store applies them on every read (aggregates, projections,
 * rebuilds, time travel), so a store holding old revisions replays as if written today. The stored bytes never change,
 * and neither does their hash chain.
 */
public final class EventUpcasters {

    private EventUpcasters() {}

    public static EventUpcasterChain chain() {
        return new EventUpcasterChain(all());
    }

    /**
     * The upcasters by name, in order: what state derived from events and kept (time travel's periodic states) was
     * computed under; a state kept under other upcasters is computed again.
     */
    public static String names() {
        return all().stream()
                .map(upcaster -> upcaster.getClass().getSimpleName())
                .collect(Collectors.joining(","));
    }

    private static List<EventUpcaster> all() {
        return List.of(
                new VoteRefusedWithAttempter(),
                new BallotOpenedWithRuleSource(),
                new BallotClosedWithReason(),
                new BallotClosedWithEffectiveDay(),
                new ApplicationAdmittedWithEffectiveDay(),
                new MeetingScheduledWithParticipants(),
                new CommitteeChangeWithEffectiveDay(SeatEstablished.class),
                new CommitteeChangeWithEffectiveDay(DelegateAppointed.class),
                new CommitteeChangeWithEffectiveDay(SeatRetired.class));
    }

    /**
     * An upcaster of one event type from its first revision (stored without one) to revision 2, by a change of its JSON
     * payload that may read the metadata the event was recorded with.
     */
    abstract static class FromRevisionOne extends FromRevision {

        FromRevisionOne(Class<?> type) {
            super(type, null, "2");
        }
    }

    /**
     * An upcaster of one event type from one revision ({@code null} for the first, stored without one) to the next, by
     * a change of its JSON payload that may read the metadata the event was recorded with.
     */
    abstract static class FromRevision extends SingleEventUpcaster {

        private final String type;
        private final String from;
        private final String to;

        FromRevision(Class<?> type, String from, String to) {
            this.type = type.getName();
            this.from = from;
            this.to = to;
        }

        @Override
        protected boolean canUpcast(IntermediateEventRepresentation representation) {
            return representation.getType().getName().equals(type)
                    && Objects.equals(representation.getType().getRevision(), from);
        }

        @Override
        protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
            return representation.upcastPayload(new SimpleSerializedType(type, to), JsonNode.class, payload -> {
                ObjectNode upcast = ((ObjectNode) payload).deepCopy();
                upcast(upcast, representation);
                return upcast;
            });
        }

        abstract void upcast(ObjectNode payload, IntermediateEventRepresentation representation);
    }

    /**
     * {@link VoteRefused} revision 1 to 2: adds {@code attemptedBy}, the seat of the delegate who attempted the vote,
     * from the metadata the attempt was recorded with (null when the actor held no seat).
     */
    static final class VoteRefusedWithAttempter extends FromRevisionOne {

        VoteRefusedWithAttempter() {
            super(VoteRefused.class);
        }

        @Override
        void upcast(ObjectNode payload, IntermediateEventRepresentation representation) {
            Object seat = representation.getMetaData().getObject().get(ActorMetaData.SEAT);
            payload.put("attemptedBy", Objects.toString(seat, null));
        }
    }

    /**
     * {@link BallotOpened} revision 1 to 2: adds {@code ruleAdoptedBy}, null. Revision 1 ballots took the rule from the
     * request or the configured default, never from a rule the Committee adopted by ballot.
     */
    static final class BallotOpenedWithRuleSource extends FromRevisionOne {

        BallotOpenedWithRuleSource() {
            super(BallotOpened.class);
        }

        @Override
        void upcast(ObjectNode payload, IntermediateEventRepresentation representation) {
            payload.putNull("ruleAdoptedBy");
        }
    }

    /**
     * {@link BallotClosed} revision 1 to 2: adds {@code reason}, derived from what revision 1 recorded. No quorum is
     * {@code QUORUM_NOT_REACHED}; a casting vote means {@code TIE_BROKEN_BY_CASTING_VOTE}; as many yes as no (at least
     * one) under the simple majority rule is a tie that failed, by the tie rule ({@code TIE_FAILS}) or, under the
     * casting vote rule, because none was given ({@code TIE_UNBROKEN_AT_DEADLINE}); otherwise the majority was reached
     * or not, by the outcome.
     */
    static final class BallotClosedWithReason extends FromRevisionOne {

        BallotClosedWithReason() {
            super(BallotClosed.class);
        }

        @Override
        void upcast(ObjectNode payload, IntermediateEventRepresentation representation) {
            payload.put("reason", reason(payload).name());
        }

        static BallotResultReason reason(JsonNode closed) {
            String outcome = closed.path("outcome").asText();
            if (outcome.equals("NO_QUORUM")) {
                return BallotResultReason.QUORUM_NOT_REACHED;
            }
            if (!closed.path("castingVote").isNull()
                    && !closed.path("castingVote").isMissingNode()) {
                return BallotResultReason.TIE_BROKEN_BY_CASTING_VOTE;
            }
            JsonNode tally = closed.path("tally");
            JsonNode rule = closed.path("rule");
            boolean tie = rule.path("majority").asText().equals("SIMPLE_MAJORITY_OF_VOTES_CAST")
                    && tally.path("yes").asInt() == tally.path("no").asInt()
                    && tally.path("yes").asInt() > 0;
            if (tie) {
                return rule.path("tie").asText().equals("FAILS")
                        ? BallotResultReason.TIE_FAILS
                        : BallotResultReason.TIE_UNBROKEN_AT_DEADLINE;
            }
            return outcome.equals("PASSED")
                    ? BallotResultReason.MAJORITY_REACHED
                    : BallotResultReason.MAJORITY_NOT_REACHED;
        }
    }

    /**
     * The day of a recorded instant in UTC, as ISO text (instants are stored as ISO text): what an event recorded before effective days were kept gets
     * as its effective day (it took effect when it was recorded).
     */
    static String dayOf(JsonNode instant) {
        return LocalDate.ofInstant(Instant.parse(instant.asText()), ZoneOffset.UTC)
                .toString();
    }

    /** {@link BallotClosed} revision 2 to 3: adds {@code effectiveOn}, the day of {@code at}. */
    static final class BallotClosedWithEffectiveDay extends FromRevision {

        BallotClosedWithEffectiveDay() {
            super(BallotClosed.class, "2", "3");
        }

        @Override
        void upcast(ObjectNode payload, IntermediateEventRepresentation representation) {
            payload.put("effectiveOn", dayOf(payload.path("at")));
        }
    }

    /** {@link ApplicationAdmitted} revision 1 to 2: adds {@code admittedOn}, the day of {@code admittedAt}. */
    static final class ApplicationAdmittedWithEffectiveDay extends FromRevisionOne {

        ApplicationAdmittedWithEffectiveDay() {
            super(ApplicationAdmitted.class);
        }

        @Override
        void upcast(ObjectNode payload, IntermediateEventRepresentation representation) {
            payload.put("admittedOn", dayOf(payload.path("admittedAt")));
        }
    }

    /**
     * {@link SeatEstablished}, {@link DelegateAppointed} and {@link SeatRetired} revision 1 to 2: add {@code
     * effectiveOn}, the day of {@code at} (revision 1 changes took effect when they were recorded).
     */
    static final class CommitteeChangeWithEffectiveDay extends FromRevisionOne {

        CommitteeChangeWithEffectiveDay(Class<?> type) {
            super(type);
        }

        @Override
        void upcast(ObjectNode payload, IntermediateEventRepresentation representation) {
            payload.put("effectiveOn", dayOf(payload.path("at")));
        }
    }

    /** {@link MeetingScheduled} revision 1 to 2: adds {@code participants}, none besides the voting seats. */
    static final class MeetingScheduledWithParticipants extends FromRevisionOne {

        MeetingScheduledWithParticipants() {
            super(MeetingScheduled.class);
        }

        @Override
        void upcast(ObjectNode payload, IntermediateEventRepresentation representation) {
            payload.putArray("participants");
        }
    }
}
