package org.gsef.governance.platform.boot;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.boot.context.event.SpringApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;

/**
 * The data folder, the embedded database and the keys are their owner's only (POSIX): the data folder (and the folder
 * of an H2 file database) 0700, every file in it 0600, and the key files (token signing key, event integrity key, audit
 * checkpoint key, personal-data key-encryption key) 0600 wherever they are. The folder is created before the database or any key is opened, so that
 * nothing is ever created readable by others; a folder or file found open to others on start is tightened, with a
 * warning. Once the process has started, the files the database created in the folder are tightened too.
 *
 * <p>Registered in {@code META-INF/spring.factories}: it must run before the application context exists. On a file
 * system without POSIX permissions (Windows) it does nothing.
 */
public final class PrivateFiles implements ApplicationListener<SpringApplicationEvent> {

    private static final Logger log = LoggerFactory.getLogger(PrivateFiles.class);

    static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    /** The settings naming the key files. */
    static final List<String> KEY_FILES = List.of(
            "gsef.security.jwt.signing-key-file",
            "gsef.audit.integrity-key-file",
            "gsef.audit.checkpoint-key-file",
            "gsef.privacy.kek-file");

    @Override
    public void onApplicationEvent(SpringApplicationEvent event) {
        if (event instanceof ApplicationEnvironmentPreparedEvent prepared) {
            Environment environment = prepared.getEnvironment();
            for (Path folder : folders(environment)) {
                createOrTighten(folder);
            }
            for (Path key : keyFiles(environment)) {
                tighten(key, FILE, true);
            }
        } else if (event instanceof ApplicationStartedEvent started) {
            for (Path folder : folders(started.getApplicationContext().getEnvironment())) {
                tightenContents(folder, false);
            }
        }
    }

    /**
     * Writes a new secret file readable by its owner only, unless the file exists: of two processes creating it at
     * once, one writes it and the other finds it written (a secret file is never replaced). Returns whether this call
     * wrote it.
     */
    public static boolean createSecret(Path file, String content) throws IOException {
        Path folder = file.toAbsolutePath().normalize().getParent();
        Files.createDirectories(folder);
        Path temporary = Files.createTempFile(folder, ".secret", ".tmp");
        try {
            if (posix(temporary)) {
                Files.setPosixFilePermissions(temporary, FILE);
            }
            Files.writeString(
                    temporary, content, StandardCharsets.US_ASCII, StandardOpenOption.WRITE, StandardOpenOption.SYNC);
            try {
                // a hard link is made whole or not at all, and never over an existing file
                Files.createLink(file, temporary);
            } catch (FileAlreadyExistsException another) {
                throw another;
            } catch (UnsupportedOperationException | IOException noLinks) {
                // a file system without hard links: a move that refuses an existing file
                Files.move(temporary, file);
            }
            return true;
        } catch (FileAlreadyExistsException another) {
            return false;
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** The data folder, and the folder of an H2 file database when it lies elsewhere. */
    static Set<Path> folders(Environment environment) {
        Set<Path> folders = new LinkedHashSet<>();
        String dataDir = environment.getProperty("gsef.data-dir");
        if (dataDir != null && !dataDir.isBlank()) {
            folders.add(Path.of(dataDir).toAbsolutePath().normalize());
        }
        String url = environment.getProperty("spring.datasource.url", "");
        if (url.startsWith("jdbc:h2:file:")) {
            String file = url.substring("jdbc:h2:file:".length()).split(";", 2)[0];
            if (file.startsWith("~")) {
                file = System.getProperty("user.home") + file.substring(1);
            }
            Path parent = Path.of(file).toAbsolutePath().normalize().getParent();
            if (parent != null) {
                folders.add(parent);
            }
        }
        return folders;
    }

    static List<Path> keyFiles(Environment environment) {
        List<Path> keys = new ArrayList<>();
        for (String setting : KEY_FILES) {
            String file = environment.getProperty(setting);
            if (file != null && !file.isBlank()) {
                keys.add(Path.of(file));
            }
        }
        return keys;
    }

    /** Creates the folder 0700 (and any missing parent), or tightens an existing one and what it holds. */
    static void createOrTighten(Path folder) {
        if (Files.isDirectory(folder)) {
            tighten(folder, FOLDER, true);
            tightenContents(folder, true);
            return;
        }
        try {
            if (posix(folder)) {
                Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(FOLDER));
                // the process's umask may have taken more away, never given more: set exactly
                Files.setPosixFilePermissions(folder, FOLDER);
            } else {
                Files.createDirectories(folder);
            }
        } catch (IOException e) {
            log.warn("Cannot create the data folder {} readable by its owner only: {}", folder, e.toString());
        }
    }

    /** Tightens the files (0600) and folders (0700) directly in the folder. */
    static void tightenContents(Path folder, boolean warn) {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path entry : entries) {
                if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
                    tighten(entry, FOLDER, warn);
                } else if (Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS)) {
                    tighten(entry, FILE, warn);
                }
            }
        } catch (IOException e) {
            log.warn("Cannot list the data folder {} to keep it private: {}", folder, e.toString());
        }
    }

    /**
     * Takes away whatever the group and others may do with the path (its owner's permissions are left as they are, up
     * to the given ones); says so when {@code warn}.
     */
    static void tighten(Path path, Set<PosixFilePermission> allowed, boolean warn) {
        if (!Files.exists(path) || !posix(path)) {
            return;
        }
        try {
            Set<PosixFilePermission> current = Files.getPosixFilePermissions(path);
            if (allowed.containsAll(current)) {
                return;
            }
            Set<PosixFilePermission> tightened = EnumSet.noneOf(PosixFilePermission.class);
            tightened.addAll(current);
            tightened.retainAll(allowed);
            Files.setPosixFilePermissions(path, tightened);
            if (warn) {
                log.warn(
                        "{} was open to others ({}); it is now its owner's only ({}). Keep the data folder and the key"
                                + " files private.",
                        path,
                        PosixFilePermissions.toString(current),
                        PosixFilePermissions.toString(tightened));
            }
        } catch (IOException | SecurityException e) {
            log.warn("{} is open to others and cannot be made private: {}", path, e.toString());
        }
    }

    private static boolean posix(Path path) {
        return path.getFileSystem().supportedFileAttributeViews().contains("posix");
    }
}
