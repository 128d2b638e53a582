package org.gsef.governance.query.rebuild.web;

import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.gsef.governance.kernel.identity.Actor;
import org.gsef.governance.kernel.identity.Role;
import org.gsef.governance.platform.web.ProblemDetailsAdvice.NotFound;
import org.gsef.governance.query.rebuild.Rebuilds;
import org.gsef.governance.query.web.ReadAccess;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Rebuilding read models from the event store into shadow tables, following the rebuild, comparing, and promoting the
 * rebuilt tables to live. The Secretariat starts and promotes; auditors and operators follow.
 */
@RestController
@RequestMapping("/api/read-models/rebuilds")
class RebuildCommands {

    private final Rebuilds rebuilds;

    RebuildCommands(Rebuilds rebuilds) {
        this.rebuilds = rebuilds;
    }

    /** @param readModels the processors to rebuild ({@code members}, {@code ballots}...), or none: all of them */
    record RebuildRequest(List<String> readModels) {}

    @PostMapping
    ResponseEntity<Rebuilds.Status> start(@RequestBody(required = false) RebuildRequest request) {
        Actor actor = ReadAccess.require(Set.of(Role.SECRETARIAT));
        Rebuilds.Status started = rebuilds.start(request == null ? List.of() : request.readModels(), actor.userId());
        return ResponseEntity.accepted()
                .location(URI.create("/api/read-models/rebuilds/" + started.rebuildId()))
                .body(started);
    }

    @GetMapping
    List<Rebuilds.Status> recent() {
        ReadAccess.require(ReadAccess.AUDIT_READERS);
        return rebuilds.recent();
    }

    @GetMapping("/{rebuildId}")
    Rebuilds.Status status(@PathVariable UUID rebuildId) {
        ReadAccess.require(ReadAccess.AUDIT_READERS);
        return existing(rebuildId);
    }

    /** Compares the rebuilt shadow with the live tables as they are now. */
    @GetMapping("/{rebuildId}/comparison")
    Rebuilds.Comparison comparison(@PathVariable UUID rebuildId) {
        ReadAccess.require(ReadAccess.AUDIT_READERS);
        existing(rebuildId);
        return rebuilds.compareAgain(rebuildId);
    }

    /** Replaces the live read models by the rebuilt ones. */
    @PostMapping("/{rebuildId}/promotion")
    Rebuilds.Status promote(@PathVariable UUID rebuildId) {
        ReadAccess.require(Set.of(Role.SECRETARIAT));
        existing(rebuildId);
        return rebuilds.promote(rebuildId);
    }

    private Rebuilds.Status existing(UUID rebuildId) {
        return rebuilds.find(rebuildId).orElseThrow(() -> new NotFound("rebuild " + rebuildId));
    }
}
