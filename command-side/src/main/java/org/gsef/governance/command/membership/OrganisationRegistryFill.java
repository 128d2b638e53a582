package org.gsef.governance.command.membership;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.stream.Stream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills the organisation registry from the history of a store that held events before the registry existed, once
 * and before any command is handled: the context runs it while it starts, before the web server, the event
 * processors, the deadlines and the seed and demo loaders. The events are read through Axon's storage engine, with the
 * upcasters, in the order of the store. Processes that start together on one database take turns on the row that
 * says whether the registry is filled, so only the first fills it.
 */
@Component
class OrganisationRegistryFill implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(OrganisationRegistryFill.class);

    private final OrganisationRegistry registry;
    private final EventStorageEngine storage;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;

    OrganisationRegistryFill(
            OrganisationRegistry registry,
            EventStorageEngine storage,
            JdbcClient jdbc,
            PlatformTransactionManager transactions,
            Clock clock) {
        this.registry = registry;
        this.storage = storage;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    @Override
    public void afterPropertiesSet() {
        transaction.executeWithoutResult(status -> {
            boolean filled = jdbc.sql("SELECT filled_at FROM organisation_registry_fill WHERE id = 1 FOR UPDATE")
                    .query((row, number) -> row.getObject(1) != null)
                    .single();
            if (filled) {
                return;
            }
            long started = System.nanoTime();
            long read;
            try (Stream<? extends TrackedEventMessage<?>> history = storage.readEvents(null, false)) {
                read = registry.fill(history);
            }
            jdbc.sql("UPDATE organisation_registry_fill SET filled_at = :at, events_read = :read WHERE id = 1")
                    .param("at", clock.instant().atOffset(ZoneOffset.UTC))
                    .param("read", read)
                    .update();
            log.info(
                    "Organisation registry filled from {} membership event(s) of the store in {} ms",
                    read,
                    (System.nanoTime() - started) / 1_000_000);
        });
    }
}
