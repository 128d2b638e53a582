package org.gsef.governance.platform.boot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.env.MockEnvironment;

class PrivateFilesTest {

    @TempDir
    Path parent;

    @Test
    void the_private_folders_are_the_data_folder_and_that_of_an_h2_file_database() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("gsef.data-dir", "/srv/gsef/data")
                .withProperty("spring.datasource.url", "jdbc:h2:file:/var/lib/gsef/db/gsef;WRITE_DELAY=0");
        assertThat(PrivateFiles.folders(environment))
                .containsExactly(Path.of("/srv/gsef/data"), Path.of("/var/lib/gsef/db"));

        environment.setProperty("spring.datasource.url", "jdbc:postgresql://127.0.0.1:5432/gsef");
        assertThat(PrivateFiles.folders(environment)).containsExactly(Path.of("/srv/gsef/data"));
    }

    @Test
    void a_missing_folder_is_created_private_and_an_open_one_is_tightened_with_what_it_holds() throws IOException {
        Path created = parent.resolve("a/data");
        PrivateFiles.createOrTighten(created);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(created)))
                .isEqualTo("rwx------");

        Path open = Files.createDirectory(parent.resolve("open"));
        Files.setPosixFilePermissions(open, PosixFilePermissions.fromString("rwxrwxr-x"));
        Path key = Files.writeString(open.resolve("key.pem"), "secret");
        Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-r--r--"));
        Path readOnly = Files.writeString(open.resolve("read-only"), "x");
        Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r--r--r--"));

        PrivateFiles.createOrTighten(open);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(open)))
                .isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(key)))
                .isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(readOnly)))
                .as("the owner's own permissions are never widened")
                .isEqualTo("r--------");
    }

    @Test
    void a_secret_file_is_written_private_and_never_replaces_one_that_exists() throws IOException {
        Path secret = parent.resolve("keys/personal-data.kek");
        assertThat(PrivateFiles.createSecret(secret, "first")).isTrue();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(secret)))
                .isEqualTo("rw-------");

        assertThat(PrivateFiles.createSecret(secret, "second")).isFalse();
        assertThat(Files.readString(secret)).isEqualTo("first");
        try (var files = Files.list(secret.getParent())) {
            assertThat(files).as("no temporary file left behind").containsExactly(secret);
        }
    }
}
