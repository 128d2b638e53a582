package org.gsef.governance.query.history.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.gsef.governance.platform.web.ProblemDetailsAdvice.NotFound;
import org.gsef.governance.query.history.History;
import org.gsef.governance.query.history.PlanHistory;
import org.gsef.governance.query.objectives.PlanView;
import org.gsef.governance.query.web.ReadAccess;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Time travel for auditors: an entity, the member register, the Committee's decisions and the strategic plans as the
 * record stood at any instant ({@code asOf}, ISO-8601, default now).
 */
@RestController
class HistoryReads {

    private final History history;
    private final PlanHistory plans;
    private final Clock clock;

    HistoryReads(History history, PlanHistory plans, Clock clock) {
        this.history = history;
        this.plans = plans;
        this.clock = clock;
    }

    @GetMapping("/api/audit/entities/{entityId}")
    History.EntityState entity(
            @PathVariable String entityId,
            @RequestParam(required = false) Instant asOf,
            @RequestParam(defaultValue = "false") boolean history) {
        ReadAccess.require(ReadAccess.AUDIT_READERS);
        Instant at = instant(asOf);
        return this.history
                .entity(entityId, at, history)
                .orElseThrow(() -> new NotFound("entity " + entityId + " as of " + at));
    }

    /** @param on the register on that day, by the effective dates of admissions and status changes */
    @GetMapping("/api/audit/member-register")
    History.MemberRegister memberRegister(
            @RequestParam(required = false) Instant asOf, @RequestParam(required = false) LocalDate on) {
        ReadAccess.require(ReadAccess.AUDIT_READERS);
        return history.memberRegister(instant(asOf), on);
    }

    @GetMapping("/api/audit/decisions")
    List<History.Decision> decisions(@RequestParam(required = false) Instant asOf) {
        ReadAccess.require(ReadAccess.AUDIT_READERS);
        return history.decisions(instant(asOf));
    }

    /** Every indicator of the plans with the value the record gave and its status on that day. */
    @GetMapping("/api/audit/objectives")
    List<PlanView> objectives(@RequestParam(required = false) Instant asOf) {
        ReadAccess.require(ReadAccess.AUDIT_READERS);
        return plans.plans(instant(asOf));
    }

    private Instant instant(Instant asOf) {
        return asOf == null ? clock.instant() : asOf;
    }
}
