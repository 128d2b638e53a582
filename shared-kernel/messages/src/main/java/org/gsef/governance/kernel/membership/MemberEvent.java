package org.gsef.governance.kernel.membership;

import java.time.LocalDate;
import java.util.UUID;

/** Everything that can happen to a member. The member register, and the membership count, follow from these. */
public sealed interface MemberEvent {

    UUID memberId();

    record MemberAdmitted(
            UUID memberId, UUID applicationId, UUID ballotId, Organisation organisation, LocalDate admittedOn)
            implements MemberEvent {}

    /** A member that joined before this system; {@code admittedOn} is null when the date is not known. */
    record MemberImported(UUID memberId, Organisation organisation, LocalDate admittedOn, String source)
            implements MemberEvent {}

    record MemberSuspended(UUID memberId, String reason, LocalDate effectiveOn) implements MemberEvent {}

    record MemberReinstated(UUID memberId, String reason, LocalDate effectiveOn) implements MemberEvent {}

    record MemberLeft(UUID memberId, String reason, LocalDate effectiveOn) implements MemberEvent {}
}
