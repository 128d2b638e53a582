package org.gsef.governance.platform.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.gsef.governance.kernel.committee.BallotEvent.BallotClosed;
import org.gsef.governance.kernel.committee.BallotEvent.BallotOpened;
import org.gsef.governance.kernel.committee.BallotEvent.VoteRefused;
import org.gsef.governance.kernel.committee.BallotResultReason;
import org.gsef.governance.kernel.committee.CommitteeEvent.DelegateAppointed;
import org.gsef.governance.kernel.committee.CommitteeEvent.SeatEstablished;
import org.gsef.governance.kernel.committee.CommitteeEvent.SeatRetired;
import org.gsef.governance.kernel.committee.MeetingEvent.MeetingScheduled;
import org.gsef.governance.kernel.committee.QuorumRule;
import org.gsef.governance.kernel.committee.SeatOffice;
import org.gsef.governance.kernel.common.SchemaRevision;
import org.gsef.governance.kernel.membership.ApplicationEvent.ApplicationAdmitted;
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

    static GenericDomainEventEntry<byte[]> stored(Class<?> type, long sequence, String payload) {
        return stored(type, sequence, payload, null);
    }

    static GenericDomainEventEntry<byte[]> stored(Class<?> type, long sequence, String payload, String revision) {
        return new GenericDomainEventEntry<>(
                "Ballot",
                BALLOT.toString(),
                sequence,
                UUID.randomUUID().toString(),
                "2019-04-25T10:00:00.000Z",
                type.getName(),
                revision,
                payload.getBytes(StandardCharsets.UTF_8),
                "{}".getBytes(StandardCharsets.UTF_8));
    }

    @SuppressWarnings("unchecked")
    static <T> T upcastAny(GenericDomainEventEntry<byte[]> stored) {
        List<IntermediateEventRepresentation> upcast = EventUpcasters.chain()
                .upcast(Stream.of(new InitialEventRepresentation(stored, SERIALIZER)))
                .toList();
        assertThat(upcast).hasSize(1);
        assertThat(upcast.getFirst().getType().getRevision())
                .isEqualTo(currentRevision(upcast.getFirst().getType().getName()));
        SerializedObject<byte[]> data = upcast.getFirst().getData(byte[].class);
        return (T) SERIALIZER.deserialize(new SimpleSerializedObject<>(data.getData(), byte[].class, data.getType()));
    }

    /** The revision a type is written at today: what every stored revision must read as. */
    static String currentRevision(String type) {
        try {
            SchemaRevision revision = Class.forName(type).getAnnotation(SchemaRevision.class);
            return revision == null ? null : revision.value();
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
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

    /** A ballot opened by revision 1, with a rule the request stated: it reads with no rule adopted by a ballot. */
    @Test
    void a_revision_one_opening_reads_with_its_rule_from_no_ballot() {
        BallotOpened opened = upcastAny(stored(BallotOpened.class, 0, """
                {"ballotId":"%s","subject":{"type":"RESOLUTION","referenceId":null,"title":"Budget"},
                 "procedure":"WRITTEN","meetingId":null,"closesAt":"2019-05-01T00:00:00Z",
                 "rule":{"quorum":"NONE","majority":"SIMPLE_MAJORITY_OF_VOTES_CAST","tie":"FAILS"},
                 "electorate":["ripess","avpn"],"present":[],"proxies":{},"recused":[],
                 "openedAt":"2019-04-25T09:00:00Z"}""".formatted(BALLOT)));
        assertThat(opened.rule().quorum()).isEqualTo(QuorumRule.NONE);
        assertThat(opened.electorate()).containsExactly("ripess", "avpn");
        assertThat(opened.ruleAdoptedBy()).isNull();
    }

    /** Revision 1 closings read with the reason their outcome, tally, rule and casting vote imply. */
    @Test
    void a_revision_one_closing_reads_with_the_reason_its_record_implies() {
        String closing = """
                {"ballotId":"%s","subject":{"type":"RESOLUTION","referenceId":null,"title":"Budget"},
                 "outcome":"%s","tally":{"yes":%d,"no":%d,"abstain":0},
                 "rule":{"quorum":"MAJORITY_OF_SEATS","majority":"SIMPLE_MAJORITY_OF_VOTES_CAST","tie":"%s"},
                 "electorateSize":5,"quorumRequired":3,"quorumReached":3,"castingVote":%s,"closedBy":"CHAIR",
                 "at":"2019-04-25T10:00:00Z"}""";
        assertThat(reason(closing.formatted(BALLOT, "PASSED", 3, 0, "FAILS", "null")))
                .isEqualTo(BallotResultReason.MAJORITY_REACHED);
        assertThat(reason(closing.formatted(BALLOT, "FAILED", 1, 2, "FAILS", "null")))
                .isEqualTo(BallotResultReason.MAJORITY_NOT_REACHED);
        assertThat(reason(closing.formatted(BALLOT, "NO_QUORUM", 1, 0, "FAILS", "null")))
                .isEqualTo(BallotResultReason.QUORUM_NOT_REACHED);
        assertThat(reason(closing.formatted(BALLOT, "FAILED", 2, 2, "FAILS", "null")))
                .isEqualTo(BallotResultReason.TIE_FAILS);
        assertThat(reason(closing.formatted(BALLOT, "PASSED", 2, 2, "CHAIR_CASTING_VOTE", "\"YES\"")))
                .isEqualTo(BallotResultReason.TIE_BROKEN_BY_CASTING_VOTE);
        assertThat(reason(closing.formatted(BALLOT, "FAILED", 2, 2, "CHAIR_CASTING_VOTE", "null")))
                .isEqualTo(BallotResultReason.TIE_UNBROKEN_AT_DEADLINE);
    }

    /** Closings and admissions recorded before effective days were kept took effect on the day they were recorded. */
    @Test
    void earlier_closings_and_admissions_read_as_taking_effect_on_the_day_they_were_recorded() {
        String revisionOne = """
                {"ballotId":"%s","subject":{"type":"RESOLUTION","referenceId":null,"title":"Budget"},
                 "outcome":"PASSED","tally":{"yes":3,"no":0,"abstain":0},
                 "rule":{"quorum":"MAJORITY_OF_SEATS","majority":"SIMPLE_MAJORITY_OF_VOTES_CAST","tie":"FAILS"},
                 "electorateSize":5,"quorumRequired":3,"quorumReached":3,"castingVote":null,"closedBy":"CHAIR",
                 "at":"2019-04-25T23:30:00Z"}""".formatted(BALLOT);
        BallotClosed fromOne = upcastAny(stored(BallotClosed.class, 9, revisionOne));
        assertThat(fromOne.effectiveOn()).isEqualTo(LocalDate.of(2019, 4, 25));
        assertThat(fromOne.reason()).isEqualTo(BallotResultReason.MAJORITY_REACHED);

        String revisionTwo = revisionOne.replace(
                "\"at\":\"2019-04-25T23:30:00Z\"", "\"at\":\"2019-10-18T08:00:00Z\",\"reason\":\"MAJORITY_REACHED\"");
        BallotClosed fromTwo = upcastAny(stored(BallotClosed.class, 9, revisionTwo, "2"));
        assertThat(fromTwo.effectiveOn()).isEqualTo(LocalDate.of(2019, 10, 18));

        ApplicationAdmitted admitted =
                upcastAny(stored(ApplicationAdmitted.class, 4, """
                {"applicationId":"%s","ballotId":"%s","memberId":"%s",
                 "organisation":{"name":"Liverpool City Region","kind":"LOCAL_GOVERNMENT","country":"GB",
                  "region":"EUROPE","city":"Liverpool","language":"ENGLISH"},
                 "admittedAt":"2019-04-26T07:00:00Z"}""".formatted(BALLOT, BALLOT, BALLOT)));
        assertThat(admitted.admittedOn()).isEqualTo(LocalDate.of(2019, 4, 26));
        assertThat(admitted.admittedAt()).isEqualTo(Instant.parse("2019-04-26T07:00:00Z"));
    }

    @Test
    void a_meeting_scheduled_before_participants_were_kept_reads_with_the_voting_seats_only() {
        MeetingScheduled scheduled = upcastAny(stored(MeetingScheduled.class, 0, """
                {"meetingId":"%s","title":"Call","startsOn":"2019-01-30","endsOn":"2019-01-30","format":"ONLINE",
                 "location":"Online","agenda":["GSEF2020"],"at":"2019-01-02T09:00:00Z"}""".formatted(BALLOT)));
        assertThat(scheduled.participants()).isEmpty();
        assertThat(scheduled.agenda()).containsExactly("GSEF2020");
    }

    @Test
    void a_closing_recorded_today_keeps_the_earlier_day_it_took_effect() {
        BallotClosed closed = new BallotClosed(
                BALLOT,
                null,
                null,
                null,
                null,
                5,
                3,
                3,
                null,
                null,
                Instant.parse("2026-12-03T08:00:00Z"),
                BallotResultReason.MAJORITY_REACHED,
                LocalDate.of(2019, 4, 25));
        var serialized = SERIALIZER.serialize(closed, byte[].class);
        assertThat(serialized.getType().getRevision()).isEqualTo("3");
        BallotClosed read =
                upcastAny(stored(BallotClosed.class, 9, new String(serialized.getData(), StandardCharsets.UTF_8), "3"));
        assertThat(read.effectiveOn()).isEqualTo(LocalDate.of(2019, 4, 25));
    }

    /** The Committee's seats and delegates recorded before effective days were kept took effect when recorded. */
    @Test
    void earlier_seats_delegates_and_retirements_read_as_taking_effect_on_the_day_they_were_recorded() {
        SeatEstablished seat = upcastAny(stored(SeatEstablished.class, 0, """
                {"seat":"ripess","organisationName":"RIPESS","memberId":null,"office":"INTERNATIONAL_NETWORK",
                 "at":"2026-12-03T23:59:00Z"}"""));
        assertThat(seat.effectiveOn()).isEqualTo(LocalDate.of(2026, 12, 3));
        assertThat(seat.office()).isEqualTo(SeatOffice.INTERNATIONAL_NETWORK);
        DelegateAppointed delegate = upcastAny(stored(DelegateAppointed.class, 1, """
                {"seat":"ripess","delegateUserId":"ripess","previousDelegateUserId":null,
                 "at":"2026-12-04T00:00:00Z"}"""));
        assertThat(delegate.effectiveOn()).isEqualTo(LocalDate.of(2026, 12, 4));
        SeatRetired retired = upcastAny(stored(SeatRetired.class, 2, """
                {"seat":"ripess","reason":"term ended","at":"2027-01-01T10:00:00Z"}"""));
        assertThat(retired.effectiveOn()).isEqualTo(LocalDate.of(2027, 1, 1));
    }

    /** A seat of the 2019 Committee entered today keeps the day it took effect, through its stored form. */
    @Test
    void a_seat_entered_today_keeps_the_earlier_day_it_took_effect() {
        SeatEstablished seat = new SeatEstablished(
                "ripess",
                "RIPESS",
                null,
                SeatOffice.INTERNATIONAL_NETWORK,
                Instant.parse("2026-12-03T08:00:00Z"),
                LocalDate.of(2019, 1, 1));
        var serialized = SERIALIZER.serialize(seat, byte[].class);
        assertThat(serialized.getType().getRevision()).isEqualTo("2");
        assertThat(new String(serialized.getData(), StandardCharsets.UTF_8))
                .isEqualTo(
                        "{\"seat\":\"ripess\",\"organisationName\":\"RIPESS\",\"memberId\":null,"
                                + "\"office\":\"INTERNATIONAL_NETWORK\",\"at\":\"2026-12-03T08:00:00Z\",\"effectiveOn\":\"2019-01-01\"}");
        SeatEstablished read = upcastAny(
                stored(SeatEstablished.class, 0, new String(serialized.getData(), StandardCharsets.UTF_8), "2"));
        assertThat(read).isEqualTo(seat);
    }

    private static BallotResultReason reason(String closing) {
        BallotClosed closed = upcastAny(stored(BallotClosed.class, 9, closing));
        return closed.reason();
    }
}
