package org.gsef.governance.platform.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Objects;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.gsef.governance.kernel.committee.BallotEvent.VoteRefused;
import org.gsef.governance.platform.identity.ActorMetaData;

/**
 * Every upcaster, oldest revision first: the event store applies them on every read (aggregates, projections,
 * rebuilds, time travel), so a store holding old revisions replays as if written today. The stored bytes never change,
 * and neither does their hash chain.
 */
public final class EventUpcasters {

    private EventUpcasters() {}

    public static EventUpcasterChain chain() {
        return new EventUpcasterChain(List.of(new VoteRefusedWithAttempter()));
    }

    /**
     * {@link VoteRefused} revision 1 to 2: adds {@code attemptedBy}, the seat of the delegate who attempted the vote,
     * from the metadata the attempt was recorded with (null when the actor held no seat).
     */
    static final class VoteRefusedWithAttempter extends SingleEventUpcaster {

        private static final String TYPE = VoteRefused.class.getName();

        @Override
        protected boolean canUpcast(IntermediateEventRepresentation representation) {
            return representation.getType().getName().equals(TYPE)
                    && representation.getType().getRevision() == null;
        }

        @Override
        protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
            Object seat = representation.getMetaData().getObject().get(ActorMetaData.SEAT);
            return representation.upcastPayload(new SimpleSerializedType(TYPE, "2"), JsonNode.class, payload -> {
                ObjectNode upcast = ((ObjectNode) payload).deepCopy();
                upcast.put("attemptedBy", Objects.toString(seat, null));
                return upcast;
            });
        }
    }
}
