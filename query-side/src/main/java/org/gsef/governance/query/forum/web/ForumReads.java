package org.gsef.governance.query.forum.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.gsef.governance.platform.web.ProblemDetailsAdvice.NotFound;
import org.gsef.governance.query.forum.ForumQueries;
import org.gsef.governance.query.forum.ForumQueries.Edition;
import org.gsef.governance.query.forum.ForumQueries.EditionSummary;
import org.gsef.governance.query.forum.ForumQueries.PublicEdition;
import org.gsef.governance.query.forum.ForumQueries.PublicMilestone;
import org.gsef.governance.query.web.ReadAccess;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The forum editions: past ones as recorded, and those in preparation with their steps and their roadmaps, where a
 * milestone past its due date and neither done nor cancelled is late.
 */
@RestController
class ForumReads {

    private final ForumQueries forum;
    private final Clock clock;

    ForumReads(ForumQueries forum, Clock clock) {
        this.forum = forum;
        this.clock = clock;
    }

    /**
     * A page of the editions, summed up ({@code limit} of them, 50 unless told, 200 at most, after the first {@code
     * offset}): each one's roadmap is read on its own address.
     */
    @GetMapping("/api/forum/editions")
    List<EditionSummary> editions(
            @RequestParam(defaultValue = "0") int offset, @RequestParam(defaultValue = "50") int limit) {
        ReadAccess.signedIn();
        return forum.editions(LocalDate.now(clock), offset, ReadAccess.page(offset, limit));
    }

    /** The edition being prepared now (the soonest in preparation), with its roadmap; 404 when none is. */
    @GetMapping("/api/forum/editions/current")
    Edition current() {
        ReadAccess.signedIn();
        return forum.current(LocalDate.now(clock)).orElseThrow(() -> new NotFound("forum edition in preparation"));
    }

    @GetMapping("/api/forum/editions/{editionId}")
    Edition edition(@PathVariable UUID editionId, @RequestParam(required = false) LocalDate on) {
        ReadAccess.signedIn();
        return forum.edition(editionId, on != null ? on : LocalDate.now(clock))
                .orElseThrow(() -> new NotFound("forum edition " + editionId));
    }

    /**
     * A page of the forums being prepared, summed up, the current one first, for anyone: what the network publishes
     * about them, without the organizing committee's members or the host agreement's parties. Paged as the signed-in
     * list is.
     */
    @GetMapping("/api/public/forum/editions")
    List<EditionSummary> inPreparation(
            @RequestParam(defaultValue = "0") int offset, @RequestParam(defaultValue = "50") int limit) {
        return forum.inPreparation(LocalDate.now(clock), offset, ReadAccess.page(offset, limit));
    }

    /**
     * The forum being prepared now, with its roadmap, for anyone; 404 when none is. Without the milestones' notes,
     * which are written for the record and may name a person.
     */
    @GetMapping("/api/public/forum/editions/current")
    PublicEdition publicCurrent() {
        Edition edition =
                forum.current(LocalDate.now(clock)).orElseThrow(() -> new NotFound("forum edition in preparation"));
        return new PublicEdition(
                edition.editionId(),
                edition.name(),
                edition.year(),
                edition.city(),
                edition.country(),
                edition.startsOn(),
                edition.endsOn(),
                edition.stage(),
                edition.theme(),
                edition.roadmap().stream()
                        .map(milestone -> new PublicMilestone(
                                milestone.milestone(),
                                milestone.title(),
                                milestone.owner(),
                                milestone.dueOn(),
                                milestone.status(),
                                milestone.progress(),
                                milestone.reschedules(),
                                milestone.completedOn(),
                                milestone.late()))
                        .toList(),
                edition.lateMilestones());
    }
}
