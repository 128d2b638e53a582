package org.gsef.governance.kernel.documents;

import static org.gsef.governance.kernel.identity.Role.AUDITOR;
import static org.gsef.governance.kernel.identity.Role.CHAIR;
import static org.gsef.governance.kernel.identity.Role.DELEGATE;
import static org.gsef.governance.kernel.identity.Role.MEMBER_REPRESENTATIVE;
import static org.gsef.governance.kernel.identity.Role.OPERATOR;
import static org.gsef.governance.kernel.identity.Role.SECRETARIAT;

import java.util.Set;
import org.gsef.governance.kernel.identity.Role;

/**
 * The kinds of record a document belongs to, with who may attach to it and who may read it: the roles that may change
 * the record attach, the roles that read the record read its documents. A member representative attaches to and reads
 * its own organisation's application only ({@link DocumentRecord#mayAttach}, {@link DocumentRecord#mayRead}).
 */
public enum RecordKind {
    /** An application: the applicant's statutes, letter of motivation, the review note. Personal data. */
    APPLICATION(Set.of(SECRETARIAT, MEMBER_REPRESENTATIVE), Set.of(SECRETARIAT, CHAIR, DELEGATE, AUDITOR), true),
    /** A ballot's dossier: what the Committee sees when it decides. */
    BALLOT(Set.of(SECRETARIAT, CHAIR), Set.of(SECRETARIAT, CHAIR, DELEGATE, AUDITOR), false),
    /** A meeting's agenda and minutes. */
    MEETING(Set.of(SECRETARIAT), Set.of(SECRETARIAT, CHAIR, DELEGATE, AUDITOR), false),
    /** A forum milestone (the part names it): the MOU with the host city, the organizing committee's terms. */
    MILESTONE(
            Set.of(SECRETARIAT), Set.of(SECRETARIAT, CHAIR, DELEGATE, AUDITOR, MEMBER_REPRESENTATIVE, OPERATOR), false),
    /** An indicator's reported value (the part names the indicator and the day): its evidence. */
    INDICATOR_VALUE(
            Set.of(SECRETARIAT), Set.of(SECRETARIAT, CHAIR, DELEGATE, AUDITOR, MEMBER_REPRESENTATIVE, OPERATOR), false);

    private final Set<Role> attachers;
    private final Set<Role> readers;
    private final boolean personal;

    RecordKind(Set<Role> attachers, Set<Role> readers, boolean personal) {
        this.attachers = attachers;
        this.readers = readers;
        this.personal = personal;
    }

    /** The roles that may attach documents to a record of this kind (a member representative: its own only). */
    public Set<Role> attachers() {
        return attachers;
    }

    /** The roles that read every record of this kind, and so its documents. */
    public Set<Role> readers() {
        return readers;
    }

    /**
     * Whether its documents carry personal data: they are then encrypted with the key of the record's data subject,
     * and erasing that subject makes them unreadable.
     */
    public boolean personal() {
        return personal;
    }

    /** Whether a record of this kind is named by a part beside its aggregate's identifier. */
    public boolean hasPart() {
        return this == MILESTONE || this == INDICATOR_VALUE;
    }
}
