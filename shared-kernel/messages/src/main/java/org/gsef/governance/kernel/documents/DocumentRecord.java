package org.gsef.governance.kernel.documents;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Pattern;
import org.gsef.governance.kernel.common.Require;
import org.gsef.governance.kernel.identity.Actor;
import org.gsef.governance.kernel.identity.Role;

/**
 * The record a document belongs to: an application, a ballot or a meeting by its identifier; a forum milestone by its
 * edition and the milestone's code; an indicator value by the plan and {@code INDICATOR@DAY}.
 *
 * @param kind what kind of record
 * @param id the identifier of the record, or of the edition or plan that holds it
 * @param part the milestone's code or the indicator value's {@code INDICATOR@YYYY-MM-DD}; null for the others
 */
public record DocumentRecord(RecordKind kind, UUID id, String part) {

    private static final Pattern PART = Pattern.compile("[A-Za-z0-9._@:-]{1,80}");

    public DocumentRecord {
        Require.present(kind, "record");
        Require.present(id, "recordId");
        if (kind.hasPart()) {
            part = Require.text(part, "part", 80).strip();
            if (!PART.matcher(part).matches()) {
                throw new IllegalArgumentException("part must be 1 to 80 letters, digits or . _ @ : -");
            }
        } else if (part != null && !part.isBlank()) {
            throw new IllegalArgumentException("a record of kind " + kind + " has no part");
        } else {
            part = null;
        }
    }

    /**
     * Whether the actor may attach to this record: a role that may change records of its kind; a member
     * representative, only to the application of its own organisation.
     */
    public boolean mayAttach(Actor actor) {
        if (actor == null) {
            return false;
        }
        if (actor.has(Role.SECRETARIAT) && kind.attachers().contains(Role.SECRETARIAT)) {
            return true;
        }
        if (own(actor)) {
            return true;
        }
        return kind.attachers().stream()
                .filter(role -> role != Role.MEMBER_REPRESENTATIVE)
                .anyMatch(actor::has);
    }

    /** Whether the actor may read this record, and so its documents: as the record itself is read. */
    public boolean mayRead(Actor actor) {
        return actor != null && (actor.hasAny(kind.readers()) || own(actor));
    }

    /**
     * The data subject whose key encrypts this record's documents when they carry personal data (an application's):
     * the same for every document of the record, so that one erasure makes them all unreadable.
     */
    public UUID dataSubject() {
        return UUID.nameUUIDFromBytes(("gsef-documents:" + kind + ":" + id).getBytes(StandardCharsets.UTF_8));
    }

    /** The data subject of an application's documents, for its erasure. */
    public static UUID applicationDataSubject(UUID applicationId) {
        return new DocumentRecord(RecordKind.APPLICATION, applicationId, null).dataSubject();
    }

    private boolean own(Actor actor) {
        return kind == RecordKind.APPLICATION
                && actor.has(Role.MEMBER_REPRESENTATIVE)
                && actor.organisationId().filter(id.toString()::equals).isPresent();
    }
}
