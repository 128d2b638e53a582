package org.gsef.governance.kernel.committee;

import java.time.LocalDate;
import java.util.UUID;
import org.gsef.governance.kernel.common.Require;
import org.gsef.governance.kernel.common.TargetsAggregate;
import org.gsef.governance.kernel.membership.SeatId;
import org.gsef.governance.kernel.privacy.SealedPersonalData;

/** The commands of the Steering Committee's composition and register of resolutions. */
public sealed interface CommitteeCommand extends TargetsAggregate {

    /** There is one Steering Committee. */
    String STEERING_COMMITTEE = "steering-committee";

    @Override
    default String aggregateId() {
        return STEERING_COMMITTEE;
    }

    /**
     * Gives an organisation a voting seat; {@code memberId} links it to the member register when it is a member.
     *
     * @param effectiveOn the day the seat took effect, when it is entered after (never a later day than today); none
     *     for today
     */
    record EstablishSeat(SeatId seat, String organisationName, UUID memberId, SeatOffice office, LocalDate effectiveOn)
            implements CommitteeCommand {
        public EstablishSeat {
            Require.present(seat, "seat");
            organisationName =
                    Require.text(organisationName, "organisationName").strip();
            Require.present(office, "office");
        }

        public EstablishSeat(SeatId seat, String organisationName, UUID memberId, SeatOffice office) {
            this(seat, organisationName, memberId, office, null);
        }
    }

    /**
     * Names the person (by their account identifier) who represents a seat; the delegate can change.
     *
     * @param effectiveOn the day the appointment took effect, as {@link EstablishSeat}'s
     */
    record AppointDelegate(SeatId seat, String delegateUserId, LocalDate effectiveOn) implements CommitteeCommand {
        public AppointDelegate {
            Require.present(seat, "seat");
            delegateUserId = Require.text(delegateUserId, "delegateUserId", 200).strip();
        }

        public AppointDelegate(SeatId seat, String delegateUserId) {
            this(seat, delegateUserId, null);
        }
    }

    /** @param effectiveOn the day the seat ended, as {@link EstablishSeat}'s */
    record RetireSeat(SeatId seat, String reason, LocalDate effectiveOn) implements CommitteeCommand {
        public RetireSeat {
            Require.present(seat, "seat");
            reason = Require.text(reason, "reason", 2000).strip();
        }

        public RetireSeat(SeatId seat, String reason) {
            this(seat, reason, null);
        }
    }

    /**
     * Records an international advisor of the Committee, who takes part without voting. The name is personal data and
     * arrives sealed.
     */
    record RecordAdvisor(UUID advisorId, SealedPersonalData name, int appointedIn) implements CommitteeCommand {
        public RecordAdvisor {
            Require.present(advisorId, "advisorId");
            Require.present(name, "name");
            if (appointedIn < 2013 || appointedIn > 2100) {
                throw new IllegalArgumentException("the year of appointment is not plausible: " + appointedIn);
            }
        }
    }

    /**
     * Erases an advisor's name at their request: the key that seals it is deleted, so every event that holds it reads
     * as erased, while the events themselves (and their hash chain) stay as they were. The erasure is recorded.
     */
    record EraseAdvisorName(UUID advisorId, String reason) implements CommitteeCommand {
        public EraseAdvisorName {
            Require.present(advisorId, "advisorId");
            reason = Require.text(reason, "reason", 2000).strip();
        }
    }

    /** Enters a decision the Committee took by ballot into its register; sent by the governance process only. */
    record RecordCommitteeDecision(UUID ballotId, BallotSubject subject) implements CommitteeCommand {
        public RecordCommitteeDecision {
            Require.present(ballotId, "ballotId");
            Require.present(subject, "subject");
        }
    }

    /**
     * Records that the seat has a conflict of interest on a subject (an application, a meeting's minutes...): its
     * delegate is recused from every ballot on that subject opened from then on.
     */
    record DeclareConflictOfInterest(SeatId seat, UUID referenceId, String reason) implements CommitteeCommand {
        public DeclareConflictOfInterest {
            Require.present(seat, "seat");
            Require.present(referenceId, "referenceId");
            reason = Require.text(reason, "reason", 2000).strip();
        }
    }

    /**
     * Makes the rule a passed ballot on the standing rules proposed the standing rule of its decision type; sent by the
     * governance process only, and a repetition changes nothing.
     */
    record AdoptStandingRule(UUID ballotId) implements CommitteeCommand {
        public AdoptStandingRule {
            Require.present(ballotId, "ballotId");
        }
    }
}
