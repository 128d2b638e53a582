package org.gsef.governance.platform.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.UUID;

/**
 * Keeps each content in a file of its own under one folder: written to a temporary file in the same folder, forced to
 * the disk, then renamed in one step to its name, so that a content is found whole or not at all.
 */
public class FileSystemDocumentStorage implements DocumentStorage {

    private final Path directory;

    public FileSystemDocumentStorage(Path directory) {
        this.directory = directory;
    }

    @Override
    public void store(UUID contentId, InputStream content) throws IOException {
        Path target = file(contentId);
        Files.createDirectories(target.getParent());
        if (Files.exists(target)) {
            throw new IOException("content " + contentId + " exists already");
        }
        Path partial = target.resolveSibling(contentId + "." + UUID.randomUUID() + ".part");
        try {
            try (FileChannel channel =
                            FileChannel.open(partial, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                    OutputStream out = java.nio.channels.Channels.newOutputStream(channel)) {
                content.transferTo(out);
                out.flush();
                channel.force(true);
            }
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    @Override
    public Optional<InputStream> open(UUID contentId) throws IOException {
        Path file = file(contentId);
        return Files.isRegularFile(file) ? Optional.of(Files.newInputStream(file)) : Optional.empty();
    }

    @Override
    public void discard(UUID contentId) throws IOException {
        Files.deleteIfExists(file(contentId));
    }

    private Path file(UUID contentId) {
        String name = contentId.toString();
        return directory.resolve(name.substring(0, 2)).resolve(name);
    }
}
