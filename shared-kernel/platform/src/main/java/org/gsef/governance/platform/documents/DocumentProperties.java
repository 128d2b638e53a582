package org.gsef.governance.platform.documents;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Where document contents are kept and how large they may be.
 *
 * @param storage {@code DATABASE} (chunks in the event-store database) or {@code FILE_SYSTEM}
 * @param directory the folder of {@code FILE_SYSTEM} storage, shared by every process of one deployment
 * @param maxSize the largest document accepted; above it the upload is refused with 413
 */
@ConfigurationProperties("gsef.documents")
public record DocumentProperties(
        @DefaultValue("DATABASE") Storage storage,
        @DefaultValue("${gsef.data-dir}/documents") Path directory,
        @DefaultValue("25MB") DataSize maxSize) {

    public enum Storage {
        DATABASE,
        FILE_SYSTEM
    }
}
