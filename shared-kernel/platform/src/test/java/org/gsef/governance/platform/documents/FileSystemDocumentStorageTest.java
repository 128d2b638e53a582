package org.gsef.governance.platform.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileSystemDocumentStorageTest {

    @TempDir
    Path folder;

    @Test
    void a_stored_content_opens_again_as_it_was_and_is_never_overwritten() throws IOException {
        DocumentStorage storage = new FileSystemDocumentStorage(folder);
        byte[] content = new byte[300_000];
        new Random(7).nextBytes(content);
        UUID id = UUID.randomUUID();
        storage.store(id, new ByteArrayInputStream(content));
        try (InputStream stored = storage.open(id).orElseThrow()) {
            assertThat(stored.readAllBytes()).isEqualTo(content);
        }
        assertThatThrownBy(() -> storage.store(id, new ByteArrayInputStream(new byte[] {1})))
                .isInstanceOf(IOException.class);
        try (InputStream stored = storage.open(id).orElseThrow()) {
            assertThat(stored.readAllBytes()).as("unchanged").isEqualTo(content);
        }
    }

    @Test
    void a_content_that_fails_part_way_leaves_nothing_to_open() throws IOException {
        DocumentStorage storage = new FileSystemDocumentStorage(folder);
        UUID id = UUID.randomUUID();
        InputStream failing = new SequenceInputStream(new ByteArrayInputStream(new byte[100_000]), new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("the client went away");
            }
        });
        assertThatThrownBy(() -> storage.store(id, failing)).hasMessageContaining("went away");
        assertThat(storage.open(id)).isEmpty();
        try (Stream<Path> files = Files.walk(folder)) {
            assertThat(files.filter(Files::isRegularFile))
                    .as("no partial file left")
                    .isEmpty();
        }
    }
}
