package org.gsef.governance.query.history.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.gsef.governance.platform.web.ProblemDetailsAdvice.NotFound;
import org.gsef.governance.query.history.CommitteeHistory;
import org.gsef.governance.query.history.DecisionHistory;
import org.gsef.governance.query.history.EntityTimeTravel;
import org.gsef.governance.query.history.MemberRegisterHistory;
import org.gsef.governance.query.history.PlanHistory;
import org.gsef.governance.query.history.RecordChanges;
import org.gsef.governance.query.history.RoadmapHistory;
import org.gsef.governance.query.objectives.PlanView;
import org.gsef.governance.query.web.ReadAccess;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Time travel for auditors: an entity, the member register, the Committee (its seats, delegates, standing rules and
 * decisions) and the strategic plans as the record stood at any instant, and what changed between two days ({@code asOf}, ISO-8601, default now).
 */
@RestController
class HistoryReads {

    private final EntityTimeTravel entities;
    private final MemberRegisterHistory register;
    private final DecisionHistory decisions;
    private final PlanHistory plans;
    private final CommitteeHistory committee;
    private final RecordChanges changes;
    private final RoadmapHistory roadmaps;
    private final Clock clock;

    HistoryReads(
            EntityTimeTravel entities,
            MemberRegisterHistory register,
            DecisionHistory decisions,
            PlanHistory plans,
            CommitteeHistory committee,
            RecordChanges changes,
            RoadmapHistory roadmaps,
            Clock clock) {
        this.entities = entities;
        this.register = register;
        this.decisions = decisions;
        this.plans = plans;
        this.committee = committee;
        this.changes = changes;
        this.roadmaps = roadmaps;
        this.clock = clock;
    }

    @GetMapping("/api/audit/entities/{entityId}")
    EntityTimeTravel.EntityState entity(
            @PathVariable String entityId,
            @RequestParam(required = false) Instant asOf,
            @RequestParam(defaultValue = "false") boolean history) {
        ReadAccess.require(ReadAccess.AUDIT_READERS);
        Instant at = instant(asOf);
        return entities.entity(entityId, at, history)
                .orElseThrow(() -> new NotFound("entity " + entityId + " as of " + at));
    }

    /** @param on the register on that day, by the effective dates of admissions and status changes */
    @GetMapping("/api/audit/member-register")
    MemberRegisterHistory.MemberRegister memberRegister(
            @RequestParam(required = false) Instant asOf, @RequestParam(required = false) LocalDate on) {
        ReadAccess.require(ReadAccess.AUDIT_READERS);
        return register.memberRegister(instant(asOf), on);
    }

    @GetMapping("/api/audit/decisions")
    List<DecisionHistory.Decision> decisions(@RequestParam(required = false) Instant asOf) {
        ReadAccess.require(ReadAccess.AUDIT_READERS);
        return decisions.decisions(instant(asOf));
    }

    /** Every indicator of the plans with the value the record gave and its status on that day. */
    @GetMapping("/api/audit/objectives")
    List<PlanView> objectives(@RequestParam(required = false) Instant asOf) {
        ReadAccess.require(ReadAccess.AUDIT_READERS);
        return plans.plans(instant(asOf));
    }

    /**
     * The roadmaps of the editions in preparation on the day {@code on} (default today): milestones with their state
     * and lateness that day, by the days the record names, as recorded up to {@code asOf}.
     */
    @GetMapping("/api/audit/roadmap")
    List<RoadmapHistory.Roadmap> roadmap(
            @RequestParam(required = false) Instant asOf, @RequestParam(required = false) LocalDate on) {
        ReadAccess.require(ReadAccess.AUDIT_READERS);
        Instant recordedBy = instant(asOf);
        return roadmaps.roadmaps(
                recordedBy, on != null ? on : LocalDate.ofInstant(recordedBy, java.time.ZoneOffset.UTC));
    }

    /**
     * The Committee's seats, delegates and standing rules as the events recorded up to {@code asOf} make them; with
     * {@code on}, as they stood on that day, by the day each change took effect.
     */
    @GetMapping("/api/audit/committee")
    CommitteeHistory.Committee committee(
            @RequestParam(required = false) Instant asOf, @RequestParam(required = false) LocalDate on) {
        ReadAccess.require(ReadAccess.AUDIT_READERS);
        return committee.committee(instant(asOf), on);
    }

    /**
     * What changed in the registers from the day {@code from} to the day {@code to} (both included, by the day each
     * change took effect), as recorded up to {@code asOf}; none when {@code from} is after {@code to}.
     */
    @GetMapping("/api/audit/changes")
    List<RecordChanges.Change> changes(
            @RequestParam LocalDate from, @RequestParam LocalDate to, @RequestParam(required = false) Instant asOf) {
        ReadAccess.require(ReadAccess.AUDIT_READERS);
        return changes.between(from, to, instant(asOf));
    }

    private Instant instant(Instant asOf) {
        return asOf == null ? clock.instant() : asOf;
    }
}
