package org.gsef.governance.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * The data folder is its owner's only (issue #15: the folder and the H2 database files were created readable by
 * anyone on the machine): on a fresh embedded run the folder is 0700 and the database and the keys 0600, and a folder
 * or file found open to others is tightened on the next start, with a warning.
 */
@ExtendWith(OutputCaptureExtension.class)
class DataFolderIT {

    static final List<String> KEYS =
            List.of("jwt-signing-key.pem", "event-integrity.key", "audit-checkpoint-key.pem", "personal-data.kek");

    @TempDir
    Path parent;

    @Test
    void the_data_folder_the_database_and_the_keys_are_created_private_and_kept_private(CapturedOutput output)
            throws IOException {
        Path dataDir = parent.resolve("data");
        // The default database: an H2 file in the data folder.
        String[] arguments = {"--gsef.data-dir=" + dataDir};
        try (RunningApplication run = RunningApplication.start(GsefGovernance.class, "private-files", arguments)) {
            assertThat(run.api().get("/actuator/health").status()).isEqualTo(200);
        }
        assertThat(permissions(dataDir)).isEqualTo("rwx------");
        assertThat(permissions(dataDir.resolve("gsef.mv.db"))).isEqualTo("rw-------");
        for (String key : KEYS) {
            assertThat(permissions(dataDir.resolve(key))).as(key).isEqualTo("rw-------");
        }
        try (var files = Files.list(dataDir)) {
            assertThat(files.filter(Files::isRegularFile))
                    .as("every file of the data folder")
                    .allSatisfy(file ->
                            assertThat(permissions(file)).as(file.toString()).isEqualTo("rw-------"));
        }
        assertThat(output.getOut()).doesNotContain("was open to others");

        Files.setPosixFilePermissions(dataDir, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(dataDir.resolve("gsef.mv.db"), PosixFilePermissions.fromString("rw-r--r--"));
        Files.setPosixFilePermissions(
                dataDir.resolve("jwt-signing-key.pem"), PosixFilePermissions.fromString("rw-rw-rw-"));
        try (RunningApplication again = RunningApplication.start(GsefGovernance.class, "private-files", arguments)) {
            assertThat(again.api().get("/actuator/health").status()).isEqualTo(200);
            assertThat(permissions(dataDir)).isEqualTo("rwx------");
            assertThat(permissions(dataDir.resolve("gsef.mv.db"))).isEqualTo("rw-------");
            assertThat(permissions(dataDir.resolve("jwt-signing-key.pem"))).isEqualTo("rw-------");
        }
        assertThat(output.getOut())
                .contains(dataDir + " was open to others (rwxr-xr-x); it is now its owner's only (rwx------)")
                .contains(dataDir.resolve("gsef.mv.db") + " was open to others (rw-r--r--)")
                .contains(dataDir.resolve("jwt-signing-key.pem") + " was open to others (rw-rw-rw-)");
    }

    private static String permissions(Path path) {
        try {
            return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
        } catch (IOException e) {
            throw new AssertionError(path + " cannot be read", e);
        }
    }
}
