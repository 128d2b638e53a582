package org.gsef.governance.platform.boot;

import org.gsef.governance.platform.demo.DemoAccounts;
import org.gsef.governance.platform.demo.DemoMode;
import org.gsef.governance.platform.security.BuiltInAccounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/** Tells whoever started the process where to find it and which database it runs on. */
@Component
class StartupReport {

    private static final Logger log = LoggerFactory.getLogger(StartupReport.class);

    private final BuiltInAccounts accounts;

    StartupReport(BuiltInAccounts accounts) {
        this.accounts = accounts;
    }

    @EventListener
    void ready(ApplicationReadyEvent event) {
        Environment env = event.getApplicationContext().getEnvironment();
        String base =
                "http://localhost:" + env.getProperty("local.server.port", env.getProperty("server.port", "8080"));
        String database = env.getProperty("spring.datasource.url", "");
        log.info(
                """

                ==== {} is ready ====
                {}  API:        {}/api/membership-applications
                  API docs:   {}/swagger-ui.html (OpenAPI: {}/v3/api-docs)
                  Health:     {}/actuator/health
                  Metrics:    {}/actuator/prometheus
                  Database:   {}
                  Accounts:   {}
                """,
                env.getProperty("spring.application.name"),
                pages(base),
                base,
                base,
                base,
                base,
                base,
                database.replaceAll("password=[^;&]*", "password=***"),
                signIn(env));
    }

    /** The pages' addresses, where this process serves them (the query side does; the command side alone does not). */
    private static String pages(String base) {
        if (!new ClassPathResource("static/index.html").exists()) {
            return "";
        }
        return """
                  Pages:      %1$s/
                  Public:     %1$s/public (the dashboard for anyone, without signing in)
                  Sign in:    %1$s/login
                """.formatted(base);
    }

    private String signIn(Environment env) {
        if (!accounts.hasDemoAccounts()) {
            return "configured accounts and bearer tokens only (no demo accounts)";
        }
        String address = env.getProperty("server.address", "");
        String listening = !DemoMode.isLoopback(address)
                ? "DEMO MODE on " + (address.isBlank() ? "every network interface" : address) + " ("
                        + DemoMode.ALLOW_NON_LOOPBACK + "=true): anyone who reaches it can sign in as anyone"
                : "demo mode, listening on " + address + " only";
        return """
                %s
                              demo accounts, password "%s" (demo only):
                              secretariat, chair (delegate of seoul-city), auditor, operator,
                              liverpool (member representative), and one delegate per 2019 seat, named after it:
                              %s
                              API: HTTP Basic, or a bearer token from POST /api/auth/token""".formatted(listening, DemoAccounts.PASSWORD, String.join(", ", DemoAccounts.SEATS_2019));
    }
}
