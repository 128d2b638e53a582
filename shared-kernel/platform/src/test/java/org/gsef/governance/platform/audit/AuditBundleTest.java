package org.gsef.governance.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gsef.governance.platform.audit.AuditBundle.Checkpoint;
import org.gsef.governance.platform.audit.AuditBundle.StoredEvent;
import org.gsef.governance.platform.audit.AuditBundle.Verification;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class AuditBundleTest {

    static KeyPair key;
    static KeyPair otherKey;

    @BeforeAll
    static void keys() throws NoSuchAlgorithmException {
        KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
        rsa.initialize(2048);
        key = rsa.generateKeyPair();
        otherKey = rsa.generateKeyPair();
    }

    /** Three events of two entities, checkpoints after the second and the third, as the export writes them. */
    static byte[] bundle(boolean skipSecondEvent) throws IOException {
        List<StoredEvent> events = List.of(
                event(1, "application-1", 0, "{\"organisationName\":\"Ville de Lyon\"}"),
                event(2, "ballot-1", 0, "{\"title\":\"Admit Lyon\"}"),
                event(5, "application-1", 1, "{\"reviewedAt\":\"2019-04-02T10:00:00Z\"}"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AuditBundle.Writer writer =
                new AuditBundle.Writer(out, key.getPrivate(), key.getPublic(), "2019-12-31T00:00:00Z");
        Map<String, String> entities = new HashMap<>();
        String head = AuditBundle.GENESIS;
        for (int i = 0; i < events.size(); i++) {
            StoredEvent event = events.get(i);
            String entityHash = AuditBundle.entityHash(
                    entities.getOrDefault(event.aggregateIdentifier(), AuditBundle.GENESIS), event);
            head = AuditBundle.chainHash(head, event.globalIndex(), entityHash);
            entities.put(event.aggregateIdentifier(), entityHash);
            if (!(skipSecondEvent && i == 1)) {
                writer.event(i + 1, event, entityHash, head);
            }
            if (i >= 1) {
                String at = "2019-12-0" + (i + 1) + "T00:00:00Z";
                writer.checkpoint(new Checkpoint(
                        i + 1,
                        event.globalIndex(),
                        head,
                        at,
                        AuditBundle.sign(
                                key.getPrivate(), Checkpoint.statement(i + 1, event.globalIndex(), head, at))));
            }
        }
        writer.finish();
        return out.toByteArray();
    }

    static StoredEvent event(long index, String entity, long sequence, String payload) {
        return new StoredEvent(
                index,
                "event-" + index,
                entity,
                sequence,
                entity.startsWith("ballot") ? "Ballot" : "MembershipApplication",
                "2019-04-0" + index + "T10:00:00Z",
                "org.gsef.Event" + index,
                null,
                payload.getBytes(StandardCharsets.UTF_8),
                sequence == 0 ? null : "{\"userId\":\"secretariat\"}".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void a_bundle_as_exported_verifies_with_the_published_key() throws IOException {
        Verification result = AuditBundle.verify(bundle(false), key.getPublic());
        assertThat(result.problem()).isNull();
        assertThat(result.verified()).isTrue();
        assertThat(result.events()).isEqualTo(3);
        assertThat(result.checkpoints()).isEqualTo(2);
        assertThat(result.keyFingerprint()).isEqualTo(AuditBundle.fingerprint(key.getPublic()));
    }

    @Test
    void one_byte_changed_anywhere_in_the_bundle_is_found() throws IOException {
        byte[] original = bundle(false);
        List<Integer> undetected = new ArrayList<>();
        for (int position = 0; position < original.length; position++) {
            byte[] changed = original.clone();
            changed[position] ^= 0x01;
            if (AuditBundle.verify(changed, key.getPublic()).verified()) {
                undetected.add(position);
            }
        }
        assertThat(original.length).isGreaterThan(1000);
        assertThat(undetected).as("positions whose change went unnoticed").isEmpty();
    }

    @Test
    void a_changed_payload_is_named_by_its_event() throws IOException {
        String text = new String(bundle(false), StandardCharsets.UTF_8);
        String lyon = java.util.Base64.getEncoder()
                .encodeToString("{\"organisationName\":\"Ville de Lyon\"}".getBytes(StandardCharsets.UTF_8));
        String lille = java.util.Base64.getEncoder()
                .encodeToString("{\"organisationName\":\"Ville de Lill\"}".getBytes(StandardCharsets.UTF_8));
        Verification result = AuditBundle.verify(text.replace(lyon, lille).getBytes(StandardCharsets.UTF_8), null);
        assertThat(result.verified()).isFalse();
        assertThat(result.problem()).contains("event event-1", "changed");
    }

    @Test
    void a_removed_event_is_found() throws IOException {
        Verification result = AuditBundle.verify(bundle(true), key.getPublic());
        assertThat(result.verified()).isFalse();
        assertThat(result.problem()).containsAnyOf("link 2 ", "links 2 ");
    }

    @Test
    void a_bundle_signed_by_another_key_than_the_published_one_is_refused() throws IOException {
        Verification result = AuditBundle.verify(bundle(false), otherKey.getPublic());
        assertThat(result.verified()).isFalse();
        assertThat(result.problem()).contains("not the published key");
    }

    @Test
    void the_published_key_reads_back_from_its_pem() throws Exception {
        assertThat(AuditBundle.publicKey(AuditBundle.pem(key.getPublic())).getEncoded())
                .isEqualTo(key.getPublic().getEncoded());
    }
}
