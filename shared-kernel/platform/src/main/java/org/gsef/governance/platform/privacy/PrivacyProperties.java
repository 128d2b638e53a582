package org.gsef.governance.platform.privacy;

import java.nio.file.Path;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the key-encryption keys (KEK) of personal data come from. Every process of one deployment must have the same.
 *
 * @param kekFile the file of the current KEK (256 bits, base64), created readable by its owner only on the first start
 *     when missing and no key in the database is wrapped yet
 * @param kek the current KEK itself (base64), instead of the file, for deployments that pass secrets in the
 *     environment
 * @param previousKekFiles the files of earlier KEKs, during a rotation: every key still wrapped under one of them is
 *     re-wrapped under the current KEK on start, after which they are no longer needed
 * @param previousKeks earlier KEKs themselves (base64), as {@code previousKekFiles}
 */
@ConfigurationProperties("gsef.privacy")
public record PrivacyProperties(
        @DefaultValue("${gsef.data-dir}/personal-data.kek") Path kekFile,
        String kek,
        @DefaultValue List<String> previousKekFiles,
        @DefaultValue List<String> previousKeks) {

    public PrivacyProperties {
        previousKekFiles = previousKekFiles == null
                ? List.of()
                : previousKekFiles.stream().filter(file -> !file.isBlank()).toList();
        previousKeks = previousKeks == null
                ? List.of()
                : previousKeks.stream().filter(value -> !value.isBlank()).toList();
    }
}
