package org.gsef.governance.platform.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Seals every domain event with an HMAC over exactly what the event store keeps of it (identifiers, sequence, type,
 * time, payload bytes and metadata), keyed by a secret kept outside the database. Someone who can write to the
 * database but not read that file cannot insert or alter an event that verifies. Every process of one deployment must
 * share the key file.
 */
@Component
public class EventIntegrity {

    public static final String METADATA_KEY = "integrity";

    private final byte[] key;
    private final Serializer serializer;

    public EventIntegrity(Serializer serializer, @Value("${gsef.audit.integrity-key-file}") Path keyFile) {
        this.serializer = serializer;
        this.key = loadOrCreate(keyFile);
    }

    /** The seal of an event about to be stored. */
    public String seal(DomainEventMessage<?> event) {
        SerializedObject<byte[]> payload = serializer.serialize(event.getPayload(), byte[].class);
        return seal(new StoredForm(
                event.getIdentifier(),
                event.getAggregateIdentifier(),
                event.getSequenceNumber(),
                event.getType(),
                DateTimeUtils.formatInstant(event.getTimestamp()),
                payload.getType().getName(),
                payload.getType().getRevision(),
                payload.getData(),
                event.getMetaData()));
    }

    /** Whether a stored event carries the seal that matches it. */
    public boolean verifies(StoredForm stored) {
        Object seal = stored.metaData().get(METADATA_KEY);
        return seal != null
                && MessageDigest.isEqual(
                        seal.toString().getBytes(StandardCharsets.US_ASCII),
                        seal(stored).getBytes(StandardCharsets.US_ASCII));
    }

    private String seal(StoredForm form) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            Map<String, Object> metaData = new TreeMap<>(form.metaData());
            metaData.remove(METADATA_KEY);
            StringBuilder text = new StringBuilder()
                    .append(form.eventIdentifier())
                    .append('\n')
                    .append(form.aggregateIdentifier())
                    .append('\n')
                    .append(form.sequenceNumber())
                    .append('\n')
                    .append(form.type())
                    .append('\n')
                    .append(form.timestamp())
                    .append('\n')
                    .append(form.payloadType())
                    .append('\n')
                    .append(form.payloadRevision())
                    .append('\n')
                    .append(Base64.getEncoder().encodeToString(form.payload()))
                    .append('\n');
            metaData.forEach(
                    (name, value) -> text.append(name).append('=').append(value).append('\n'));
            return Base64.getEncoder()
                    .encodeToString(mac.doFinal(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot compute an event seal", e);
        }
    }

    /** An event as the event store keeps it. */
    public record StoredForm(
            String eventIdentifier,
            String aggregateIdentifier,
            long sequenceNumber,
            String type,
            String timestamp,
            String payloadType,
            String payloadRevision,
            byte[] payload,
            Map<String, ?> metaData) {}

    private static byte[] loadOrCreate(Path file) {
        try {
            if (!Files.exists(file)) {
                byte[] fresh = new byte[32];
                new SecureRandom().nextBytes(fresh);
                if (file.toAbsolutePath().getParent() != null) {
                    Files.createDirectories(file.toAbsolutePath().getParent());
                }
                Path temporary = Files.createTempFile(file.toAbsolutePath().getParent(), ".integrity", ".tmp");
                try {
                    Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
                } catch (UnsupportedOperationException notPosix) {
                    // the folder's permissions apply
                }
                Files.writeString(temporary, Base64.getEncoder().encodeToString(fresh), StandardCharsets.US_ASCII);
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
            }
            byte[] key = Base64.getDecoder()
                    .decode(Files.readString(file, StandardCharsets.US_ASCII).strip());
            if (key.length < 32) {
                throw new IllegalStateException("the event integrity key " + file + " is shorter than 256 bits");
            }
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the event integrity key " + file, e);
        }
    }
}
