package org.gsef.governance.command.membership;

import java.util.Optional;
import org.gsef.governance.kernel.identity.Actor;
import org.gsef.governance.kernel.identity.Role;
import org.gsef.governance.kernel.membership.SeatId;

/** Who may cast a seat's vote. */
@FunctionalInterface
public interface VotingEligibility {

    /** Only the delegate who represents the seat votes for it. */
    VotingEligibility DELEGATE_OF_SEAT = (actor, seat) -> actor != null
                    && actor.has(Role.DELEGATE)
                    && actor.seatCode().filter(seat.value()::equals).isPresent()
            ? Optional.empty()
            : Optional.of("not-delegate-of-seat");

    /** Why the actor may not vote for the seat, or nothing when they may. */
    Optional<String> refusal(Actor actor, SeatId seat);
}
