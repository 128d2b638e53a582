package org.gsef.governance.platform.boot;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Tells whoever started the process where to find it and which database it runs on. */
@Component
class StartupReport {

    private static final Logger log = LoggerFactory.getLogger(StartupReport.class);

    @EventListener
    void ready(ApplicationReadyEvent event) {
        Environment env = event.getApplicationContext().getEnvironment();
        String base =
                "http://localhost:" + env.getProperty("local.server.port", env.getProperty("server.port", "8080"));
        String database = env.getProperty("spring.datasource.url", "");
        log.info(
                """

                ==== {} is ready ====
                  API:        {}/api/membership-applications
                  Health:     {}/actuator/health
                  Metrics:    {}/actuator/prometheus
                  Database:   {}
                """,
                env.getProperty("spring.application.name"),
                base,
                base,
                base,
                database.replaceAll("password=[^;&]*", "password=***"));
    }
}
