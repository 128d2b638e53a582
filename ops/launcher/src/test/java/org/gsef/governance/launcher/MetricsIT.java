package org.gsef.governance.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.messaging.timeout.HandlerTimeoutHandlerEnhancerDefinition;
import org.gsef.governance.platform.monitoring.ProcessorLagMetrics;
import org.gsef.governance.platform.testing.Api;
import org.gsef.governance.platform.testing.Eventually;
import org.gsef.governance.platform.testing.PostgresTestDatabase;
import org.gsef.governance.query.membership.MembershipApplicationProjection;
import org.gsef.governance.query.monitoring.GovernanceGauges;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * The metrics Prometheus scrapes, on PostgreSQL over the demo's 2019 history: commands timed by command and outcome,
 * processor lag by processor and segment that rises while a processor stands still, and governance gauges that agree
 * with the read models; the endpoint is for operators and auditors only.
 */
@SingleNodeOnPostgres(properties = {"gsef.demo-data=true", "gsef.metrics.refresh=1h"})
class MetricsIT {

    @LocalServerPort
    int port;

    @Autowired
    PostgresTestDatabase database;

    @Autowired
    ProcessorLagMetrics lag;

    @Autowired
    GovernanceGauges gauges;

    @Autowired
    EventProcessingConfiguration processing;

    @Autowired
    ApplicationContext context;

    /**
     * Axon's handler timeouts stay off (application.yml): they took the thread's whole stack at every handler and unit
     * of work, a fifth of a command's CPU in the JVM; slow handling shows in the series tested here instead. Fails if
     * an upgrade of Axon renames the switch and brings them back.
     */
    @Test
    void axons_handler_timeouts_are_off() {
        assertThat(context.getBeanNamesForType(HandlerTimeoutHandlerEnhancerDefinition.class))
                .isEmpty();
        assertThat(context.containsBean("axonTimeoutConfigurerModule")).isFalse();
    }

    @Test
    void commands_are_timed_by_command_and_outcome() {
        Map<String, String> success = Map.of("command", "SubmitMembershipApplication", "outcome", "success");
        Map<String, String> failure = Map.of("command", "CompleteApplicationReview", "outcome", "failure");
        double submittedBefore = value(scrape(), "gsef_command_handling_seconds_count", success);
        double failedBefore = value(scrape(), "gsef_command_handling_seconds_count", failure);

        Api secretariat = new Api(port).as("secretariat");
        assertThat(secretariat
                        .post(Applications.PATH, Applications.submission("Ville de Lyon", "FR", "Lyon"))
                        .status())
                .isEqualTo(201);
        assertThat(secretariat
                        .post(Applications.PATH + "/" + UUID.randomUUID() + "/review", "")
                        .status())
                .isEqualTo(404);

        String after = scrape();
        assertThat(value(after, "gsef_command_handling_seconds_count", success)).isEqualTo(submittedBefore + 1);
        assertThat(value(after, "gsef_command_handling_seconds_count", failure)).isEqualTo(failedBefore + 1);
        assertThat(after)
                .containsPattern("gsef_command_handling_seconds_count\\{[^}]*command=\"CompleteApplicationReview\","
                        + "exception=\"AggregateNotFoundException\",outcome=\"failure\"}");
        assertThat(value(after, "gsef_command_handling_seconds_sum", success)).isPositive();
        assertThat(value(
                        after,
                        "gsef_command_handling_seconds_bucket",
                        Map.of("command", "SubmitMembershipApplication", "outcome", "success", "le", "2.5")))
                .isEqualTo(submittedBefore + 1);
    }

    @Test
    void processor_lag_is_reported_per_segment_and_rises_while_a_processor_stands_still() throws SQLException {
        String processor = MembershipApplicationProjection.PROCESSOR;
        Eventually.await(
                () -> {
                    lag.refresh();
                    return value(scrape(), "gsef_event_processor_lag_events", Map.of("processor", processor));
                },
                lagNow -> lagNow == 0);
        String caughtUp = scrape();
        assertThat(value(caughtUp, "gsef_event_store_head", Map.of())).isEqualTo(head());
        for (String segment : new String[] {"0", "1"}) {
            assertThat(value(
                            caughtUp,
                            "gsef_event_processor_position",
                            Map.of("processor", processor, "segment", segment)))
                    .isEqualTo(head());
            assertThat(value(
                            caughtUp,
                            "gsef_event_processor_segment_claimed",
                            Map.of("processor", processor, "segment", segment)))
                    .isEqualTo(1);
        }
        assertThat(value(caughtUp, "gsef_database_up", Map.of())).isEqualTo(1);

        StreamingEventProcessor stopped = processing
                .eventProcessor(processor, StreamingEventProcessor.class)
                .orElseThrow();
        stopped.shutDown();
        try {
            Api secretariat = new Api(port).as("secretariat");
            for (String city : new String[] {"Nantes", "Lille"}) {
                secretariat.post(Applications.PATH, Applications.submission("Ville de " + city, "FR", city));
            }
            lag.refresh();
            String behind = scrape();
            Map<String, String> segment = Map.of("processor", processor, "segment", "0");
            double lagged = value(behind, "gsef_event_processor_lag_events", segment);
            assertThat(lagged)
                    .isGreaterThanOrEqualTo(2)
                    .isEqualTo(value(behind, "gsef_event_store_head", Map.of())
                            - value(behind, "gsef_event_processor_position", segment));
            assertThat(value(behind, "gsef_event_processor_segment_claimed", Map.of("processor", processor)))
                    .isZero();
        } finally {
            stopped.start();
        }
        Eventually.await(
                () -> {
                    lag.refresh();
                    return value(scrape(), "gsef_event_processor_lag_events", Map.of("processor", processor));
                },
                lagNow -> lagNow == 0);
    }

    @Test
    void governance_gauges_agree_with_the_read_models() throws SQLException {
        Eventually.await(
                () -> {
                    lag.refresh();
                    return scrape();
                },
                scrape -> Pattern.compile("gsef_event_processor_lag_events\\{[^}]*} ([0-9.E]+)")
                        .matcher(scrape)
                        .results()
                        .allMatch(match -> Double.parseDouble(match.group(1)) == 0));
        gauges.refresh();
        String scrape = scrape();
        assertThat(value(scrape, "gsef_members", Map.of("region", "UNSPECIFIED")))
                .isEqualTo(count("SELECT count(*) FROM member_view WHERE status = 'ACTIVE' AND region IS NULL"));
        assertThat(value(scrape, "gsef_members", Map.of("region", "ASIA_PACIFIC")))
                .isEqualTo(
                        count("SELECT count(*) FROM member_view WHERE status = 'ACTIVE' AND region = 'ASIA_PACIFIC'"));
        assertThat(value(scrape, "gsef_members", Map.of()))
                .isEqualTo(count("SELECT count(*) FROM member_view WHERE status = 'ACTIVE'"))
                .isPositive();
        assertThat(value(scrape, "gsef_admissions_in_progress", Map.of("stage", "SUBMITTED")))
                .isEqualTo(count("SELECT count(*) FROM membership_application_view WHERE status = 'SUBMITTED'"));
        assertThat(value(scrape, "gsef_ballots_open", Map.of()))
                .isEqualTo(count("SELECT count(*) FROM ballot_view WHERE status = 'OPEN'"));
        assertThat(value(scrape, "gsef_milestones_overdue", Map.of()))
                .isEqualTo(count("SELECT count(*) FROM milestone_view WHERE due_on < CURRENT_DATE"
                        + " AND status NOT IN ('DONE', 'CANCELLED')"));
        assertThat(value(scrape, "gsef_indicators", Map.of()))
                .isEqualTo(count("SELECT count(*) FROM indicator_view"))
                .isPositive();
    }

    @Test
    void only_operators_and_auditors_may_scrape() {
        assertThat(new Api(port).get("/actuator/prometheus").status()).isEqualTo(401);
        assertThat(new Api(port).as("bilbao-city").get("/actuator/prometheus").status())
                .isEqualTo(403);
        assertThat(new Api(port).as("auditor").get("/actuator/prometheus").status())
                .isEqualTo(200);
    }

    private String scrape() {
        Api.Response response = new Api(port).as("operator").get("/actuator/prometheus");
        assertThat(response.status()).isEqualTo(200);
        return response.body();
    }

    /** The sum of the samples of {@code name} whose labels include {@code labels}; 0 when there is none. */
    static double value(String scrape, String name, Map<String, String> labels) {
        Matcher sample = Pattern.compile("(?m)^" + Pattern.quote(name) + "(\\{[^}]*})? (\\S+)$")
                .matcher(scrape);
        double sum = 0;
        while (sample.find()) {
            String given = sample.group(1) == null ? "" : sample.group(1);
            boolean matches = labels.entrySet().stream()
                    .allMatch(label -> given.contains(label.getKey() + "=\"" + label.getValue() + "\""));
            if (matches) {
                sum += Double.parseDouble(sample.group(2));
            }
        }
        return sum;
    }

    private double head() throws SQLException {
        return count("SELECT max(global_index) FROM domain_event_entry");
    }

    private double count(String sql) throws SQLException {
        try (Connection connection = database.connect();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getDouble(1);
        }
    }
}
