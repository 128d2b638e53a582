package org.gsef.governance.command.documents;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.gsef.governance.kernel.common.Refusal;
import org.gsef.governance.kernel.common.RuleViolation;
import org.gsef.governance.kernel.documents.DocumentCommand.AddDocumentVersion;
import org.gsef.governance.kernel.documents.DocumentCommand.AttachDocument;
import org.gsef.governance.kernel.documents.DocumentEvent.DocumentVersionAttached;
import org.gsef.governance.kernel.documents.DocumentRecord;
import org.gsef.governance.kernel.documents.RecordKind;
import org.gsef.governance.kernel.documents.StoredContent;
import org.gsef.governance.kernel.identity.Actor;
import org.gsef.governance.kernel.identity.Role;
import org.gsef.governance.kernel.privacy.SealedPersonalData;
import org.gsef.governance.platform.axon.TargetsAggregateResolver;
import org.gsef.governance.platform.identity.ActorMetaData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DocumentTest {

    static final Instant NOW = Instant.parse("2019-04-01T09:00:00Z");
    static final UUID DOCUMENT = UUID.fromString("0d000000-0000-0000-0000-000000000001");
    static final UUID APPLICATION = UUID.fromString("0a000000-0000-0000-0000-000000000001");
    static final UUID BALLOT = UUID.fromString("0b000000-0000-0000-0000-000000000001");
    static final DocumentRecord STATUTES_OF = new DocumentRecord(RecordKind.APPLICATION, APPLICATION, null);
    static final DocumentRecord DOSSIER_OF = new DocumentRecord(RecordKind.BALLOT, BALLOT, null);
    static final SealedPersonalData NAME = new SealedPersonalData(UUID.randomUUID(), "c2VhbGVkIG5hbWUgb2YgYSBmaWxl");

    private final Set<UUID> existing = new HashSet<>(Set.of(APPLICATION, BALLOT));
    private final List<String> indexed = new ArrayList<>();
    private FixtureConfiguration<Document> fixture;

    @BeforeEach
    void setUp() {
        RecordIndex index = new RecordIndex() {
            @Override
            public boolean exists(DocumentRecord record) {
                return existing.contains(record.id());
            }

            @Override
            public void attached(
                    UUID documentId, int version, DocumentRecord record, StoredContent content, Instant at) {
                indexed.add(documentId + "/" + version);
            }
        };
        fixture = new AggregateTestFixture<>(Document.class)
                .registerCommandTargetResolver(new TargetsAggregateResolver())
                .registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC))
                .registerInjectableResource(index);
    }

    static StoredContent content(char digit) {
        return new StoredContent(UUID.randomUUID(), String.valueOf(digit).repeat(64), 1234, "application/pdf", null);
    }

    static Map<String, ?> as(Actor actor) {
        return ActorMetaData.of(actor);
    }

    static Actor secretariat() {
        return Actor.of("secretariat", Set.of(Role.SECRETARIAT));
    }

    static Actor representativeOf(UUID organisation) {
        return new Actor("liverpool", Set.of(Role.MEMBER_REPRESENTATIVE), null, organisation.toString());
    }

    @Test
    void the_secretariat_attaches_a_first_version_to_an_application_with_its_fingerprint() {
        StoredContent statutes = content('a');
        fixture.givenNoPriorActivity()
                .when(new AttachDocument(DOCUMENT, STATUTES_OF, NAME, statutes), as(secretariat()))
                .expectEvents(new DocumentVersionAttached(DOCUMENT, STATUTES_OF, 1, NAME, statutes, NOW));
        org.assertj.core.api.Assertions.assertThat(indexed).containsExactly(DOCUMENT + "/1");
    }

    @Test
    void an_applicants_representative_attaches_to_its_own_application() {
        StoredContent letter = content('b');
        fixture.givenNoPriorActivity()
                .when(new AttachDocument(DOCUMENT, STATUTES_OF, NAME, letter), as(representativeOf(APPLICATION)))
                .expectEvents(new DocumentVersionAttached(DOCUMENT, STATUTES_OF, 1, NAME, letter, NOW));
    }

    @Test
    void an_applicants_representative_cannot_attach_to_another_application_nor_to_a_ballot() {
        UUID another = UUID.randomUUID();
        existing.add(another);
        fixture.givenNoPriorActivity()
                .when(
                        new AttachDocument(
                                DOCUMENT,
                                new DocumentRecord(RecordKind.APPLICATION, another, null),
                                NAME,
                                content('c')),
                        as(representativeOf(APPLICATION)))
                .expectException(RuleViolation.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("may not attach"))
                .expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(new AttachDocument(DOCUMENT, DOSSIER_OF, NAME, content('c')), as(representativeOf(APPLICATION)))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void the_chair_attaches_to_a_ballots_dossier_but_not_to_an_application() {
        Actor chair = new Actor("chair", Set.of(Role.CHAIR, Role.DELEGATE), "seoul-city", null);
        StoredContent note = content('d');
        fixture.givenNoPriorActivity()
                .when(new AttachDocument(DOCUMENT, DOSSIER_OF, NAME, note), as(chair))
                .expectEvents(new DocumentVersionAttached(DOCUMENT, DOSSIER_OF, 1, NAME, note, NOW));
        fixture.givenNoPriorActivity()
                .when(new AttachDocument(DOCUMENT, STATUTES_OF, NAME, note), as(chair))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void a_delegate_an_auditor_and_an_operator_attach_nothing() {
        for (Role role : List.of(Role.DELEGATE, Role.AUDITOR, Role.OPERATOR)) {
            fixture.givenNoPriorActivity()
                    .when(new AttachDocument(DOCUMENT, DOSSIER_OF, NAME, content('e')), as(Actor.of("x", Set.of(role))))
                    .expectException(RuleViolation.class)
                    .expectNoEvents();
        }
    }

    @Test
    void nothing_is_attached_to_a_record_that_does_not_exist() {
        DocumentRecord nowhere = new DocumentRecord(RecordKind.MEETING, UUID.randomUUID(), null);
        fixture.givenNoPriorActivity()
                .when(new AttachDocument(DOCUMENT, nowhere, NAME, content('f')), as(secretariat()))
                .expectException(RuleViolation.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("no record"))
                .expectNoEvents();
        org.assertj.core.api.Assertions.assertThat(Refusal.NO_SUCH_RECORD.category())
                .isEqualTo(Refusal.Category.CONFLICT);
    }

    @Test
    void a_new_version_is_numbered_after_the_earlier_ones_which_stay_as_they_were() {
        StoredContent first = content('1');
        StoredContent second = content('2');
        StoredContent third = content('3');
        fixture.given(
                        new DocumentVersionAttached(DOCUMENT, STATUTES_OF, 1, NAME, first, NOW.minusSeconds(60)),
                        new DocumentVersionAttached(DOCUMENT, STATUTES_OF, 2, NAME, second, NOW.minusSeconds(30)))
                .when(new AddDocumentVersion(DOCUMENT, NAME, third), as(representativeOf(APPLICATION)))
                .expectEvents(new DocumentVersionAttached(DOCUMENT, STATUTES_OF, 3, NAME, third, NOW))
                .expectResultMessagePayload(3);
    }

    @Test
    void a_new_version_is_refused_to_whoever_may_not_attach_to_the_record() {
        fixture.given(new DocumentVersionAttached(DOCUMENT, STATUTES_OF, 1, NAME, content('1'), NOW))
                .when(new AddDocumentVersion(DOCUMENT, NAME, content('2')), as(representativeOf(UUID.randomUUID())))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }
}
