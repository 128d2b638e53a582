package org.gsef.governance.kernel.membership;

import java.time.LocalDate;
import java.util.UUID;
import org.gsef.governance.kernel.common.Require;
import org.gsef.governance.kernel.common.TargetsAggregate;

/** The commands of the member register. */
public sealed interface MemberCommand {

    UUID memberId();

    /** A command to an existing member, routed to it by its identifier. */
    sealed interface Targeted extends MemberCommand, TargetsAggregate {
        @Override
        default String aggregateId() {
            return memberId().toString();
        }
    }

    /** Registers the member an admission ballot admitted; sent by the governance process only. */
    record RegisterAdmittedMember(
            UUID memberId, UUID applicationId, UUID ballotId, Organisation organisation, LocalDate admittedOn)
            implements MemberCommand {
        public RegisterAdmittedMember {
            Require.present(memberId, "memberId");
            Require.present(applicationId, "applicationId");
            Require.present(ballotId, "ballotId");
            Require.present(organisation, "organisation");
            Require.present(admittedOn, "admittedOn");
        }
    }

    /**
     * Brings a member that joined before this system into the register: an explicit, recorded operation, with the
     * source it comes from and the admission date as far as it is known.
     */
    record ImportMember(UUID memberId, Organisation organisation, LocalDate admittedOn, String source)
            implements MemberCommand {
        public ImportMember {
            Require.present(memberId, "memberId");
            Require.present(organisation, "organisation");
            source = Require.text(source, "source", 500).strip();
        }
    }

    record SuspendMember(UUID memberId, String reason, LocalDate effectiveOn) implements Targeted {
        public SuspendMember {
            Require.present(memberId, "memberId");
            reason = Require.text(reason, "reason", 2000).strip();
            Require.present(effectiveOn, "effectiveOn");
        }
    }

    record ReinstateMember(UUID memberId, String reason, LocalDate effectiveOn) implements Targeted {
        public ReinstateMember {
            Require.present(memberId, "memberId");
            reason = Require.text(reason, "reason", 2000).strip();
            Require.present(effectiveOn, "effectiveOn");
        }
    }

    record RecordMemberDeparture(UUID memberId, String reason, LocalDate effectiveOn) implements Targeted {
        public RecordMemberDeparture {
            Require.present(memberId, "memberId");
            reason = Require.text(reason, "reason", 2000).strip();
            Require.present(effectiveOn, "effectiveOn");
        }
    }
}
