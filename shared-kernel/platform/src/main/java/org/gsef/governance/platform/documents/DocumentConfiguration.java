package org.gsef.governance.platform.documents;

import java.time.Clock;
import org.gsef.governance.platform.privacy.PersonalDataVault;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/** The storage the settings name, and the intake over it, for both sides: uploads on one, downloads on the other. */
@Configuration(proxyBeanMethods = false)
public class DocumentConfiguration {

    @Bean
    DocumentStorage documentStorage(
            DocumentProperties settings, JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock) {
        return switch (settings.storage()) {
            case DATABASE -> new DatabaseDocumentStorage(jdbc, transactions, clock);
            case FILE_SYSTEM -> new FileSystemDocumentStorage(settings.directory());
        };
    }

    @Bean
    DocumentContents documentContents(DocumentStorage storage, PersonalDataVault vault, DocumentProperties settings) {
        return new DocumentContents(storage, vault, settings.maxSize().toBytes());
    }
}
