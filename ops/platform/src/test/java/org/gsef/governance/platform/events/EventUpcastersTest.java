package org.gsef.governance.platform.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.gsef.governance.kernel.committee.BallotEvent.VoteRefused;
import org.gsef.governance.platform.axon.AxonPersistenceConfiguration;
import org.junit.jupiter.api.Test;

class EventUpcastersTest {

    static final Serializer SERIALIZER = new AxonPersistenceConfiguration().serializer();
    static final UUID BALLOT = UUID.fromString("00000000-0000-0000-0000-00000000b001");

    /** An event as revision 1 stored it: no {@code attemptedBy}, no revision, the actor's seat in the metadata. */
    static GenericDomainEventEntry<byte[]> revisionOne(String metaData) {
        String payload = """
                {"ballotId":"%s","seat":"bilbao-city","reason":"not-delegate-of-seat","at":"2019-04-25T10:00:00Z"}""".formatted(BALLOT);
        return new GenericDomainEventEntry<>(
                "Ballot",
                BALLOT.toString(),
                3,
                UUID.randomUUID().toString(),
                "2019-04-25T10:00:00.000Z",
                VoteRefused.class.getName(),
                null,
                payload.getBytes(StandardCharsets.UTF_8),
                metaData.getBytes(StandardCharsets.UTF_8));
    }

    static VoteRefused upcast(GenericDomainEventEntry<byte[]> stored) {
        List<IntermediateEventRepresentation> upcast = EventUpcasters.chain()
                .upcast(Stream.of(new InitialEventRepresentation(stored, SERIALIZER)))
                .toList();
        assertThat(upcast).hasSize(1);
        assertThat(upcast.getFirst().getType().getRevision()).isEqualTo("2");
        SerializedObject<byte[]> data = upcast.getFirst().getData(byte[].class);
        return SERIALIZER.deserialize(new SimpleSerializedObject<>(data.getData(), byte[].class, data.getType()));
    }

    @Test
    void a_revision_one_refusal_reads_as_revision_two_with_the_seat_that_attempted_it() {
        VoteRefused refused = upcast(revisionOne("{\"actorId\":\"u-7\",\"actorSeat\":\"ripess\"}"));
        assertThat(refused)
                .isEqualTo(new VoteRefused(
                        BALLOT,
                        "bilbao-city",
                        "not-delegate-of-seat",
                        "ripess",
                        Instant.parse("2019-04-25T10:00:00Z")));
    }

    @Test
    void a_revision_one_refusal_by_someone_without_a_seat_reads_with_none() {
        assertThat(upcast(revisionOne("{\"actorId\":\"secretariat\"}")).attemptedBy())
                .isNull();
    }

    @Test
    void events_are_stored_at_their_current_revision() {
        VoteRefused now = new VoteRefused(BALLOT, "ripess", "recused", "ripess", Instant.parse("2019-04-25T10:00:00Z"));
        assertThat(SERIALIZER.serialize(now, byte[].class).getType().getRevision())
                .isEqualTo("2");
    }
}
