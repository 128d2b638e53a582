package org.gsef.governance.query.history;

import java.time.Clock;
import java.time.LocalDate;
import org.gsef.governance.query.objectives.MembersOnADay;
import org.springframework.stereotype.Component;

/** The members indicators' value, from the member register as recorded up to now, on the day asked about. */
@Component
class RegisterMembersOnADay implements MembersOnADay {

    private final MemberRegisterHistory registers;
    private final Clock clock;

    RegisterMembersOnADay(MemberRegisterHistory registers, Clock clock) {
        this.registers = registers;
        this.clock = clock;
    }

    @Override
    public long activeOn(LocalDate day, String region) {
        MemberRegisterHistory.MemberRegister register = registers.memberRegister(clock.instant(), day);
        return region == null ? register.active() : register.byRegion().getOrDefault(region, 0L);
    }
}
