package org.gsef.governance.command.committee;

import java.time.Instant;
import java.util.List;
import org.gsef.governance.kernel.committee.CommitteeEvent.DelegateAppointed;
import org.gsef.governance.kernel.committee.CommitteeEvent.SeatEstablished;
import org.gsef.governance.kernel.committee.SeatOffice;

/**
 * A Committee's record for aggregate tests, built from its own events the way the event store builds it: seats, each
 * with the office it is held in and the user appointed to it. {@link #appoint} changes it between commands, as an
 * appointment through another process would.
 */
final class CommitteeRecords implements CommitteeRecord {

    static final Instant EARLIER = Instant.parse("2019-01-01T00:00:00Z");
    static final java.time.LocalDate EARLIER_DAY = java.time.LocalDate.of(2019, 1, 1);

    private final Committee committee = new Committee();

    /** The seats with their delegates: each seat's delegate is the user named after it; {@code chair} is CHAIR's. */
    static CommitteeRecords of(List<String> seats, String chairSeat) {
        CommitteeRecords record = new CommitteeRecords();
        for (String seat : seats) {
            boolean chair = seat.equals(chairSeat);
            record.committee.on(new SeatEstablished(
                    seat,
                    "Holder of " + seat,
                    null,
                    chair ? SeatOffice.CHAIR : SeatOffice.VICE_CHAIR,
                    EARLIER,
                    EARLIER_DAY));
            record.appoint(seat, chair ? "chair" : seat);
        }
        return record;
    }

    CommitteeRecords appoint(String seat, String user) {
        committee.on(new DelegateAppointed(seat, user, null, EARLIER, EARLIER_DAY));
        return this;
    }

    @Override
    public Committee current() {
        return committee;
    }
}
