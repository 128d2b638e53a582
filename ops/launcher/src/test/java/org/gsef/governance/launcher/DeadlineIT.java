package org.gsef.governance.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;
import org.gsef.governance.platform.testing.Api;
import org.gsef.governance.platform.testing.Eventually;
import org.gsef.governance.platform.testing.PostgresTestDatabase;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** A ballot closes by itself at its deadline, even when the deadline falls while the system is stopped. */
class DeadlineIT {

    @Test
    void a_written_ballot_whose_deadline_passed_during_a_restart_closes_by_itself_and_defers_the_application()
            throws InterruptedException {
        PostgresTestDatabase database = PostgresTestDatabase.create();
        String application;
        String ballot;
        Instant deadline;
        String[] arguments = Stream.concat(
                        Stream.of(database.arguments()),
                        Stream.of("--gsef.governance.minimum-written-periods.admission=PT1S"))
                .toArray(String[]::new);
        try (RunningApplication first = RunningApplication.start(GsefGovernance.class, "before", arguments)) {
            Api api = first.api();
            Governance.establishCommittee(api);
            application = Governance.reviewedApplication(api, "Kampala Capital City Authority", "UG", "Kampala");
            deadline = Instant.now().plusSeconds(4);
            ballot = Governance.writtenAdmissionBallot(api, application, deadline);
            Governance.expect(202, Governance.vote(api, "ripess", ballot, "ripess", "YES"));
        }
        Thread.sleep(Math.max(0, Duration.between(Instant.now(), deadline).toMillis()) + 1000);

        try (RunningApplication second = RunningApplication.start(GsefGovernance.class, "after", arguments)) {
            Api auditor = second.api().as("auditor");
            JsonNode closed = Eventually.await(
                            Duration.ofSeconds(30),
                            () -> auditor.get("/api/ballots/" + ballot),
                            r -> r.status() == 200
                                    && r.json().get("status").asString().equals("CLOSED"))
                    .json();
            assertThat(closed.get("closedBy").asString()).isEqualTo("DEADLINE");
            assertThat(closed.get("outcome").asString())
                    .as("one vote of five seats")
                    .isEqualTo("NO_QUORUM");
            assertThat(Instant.parse(closed.get("closedAt").asString())).isAfterOrEqualTo(deadline);
            JsonNode deferred = Eventually.await(
                            () -> auditor.get(Applications.PATH + "/" + application),
                            r -> r.json().get("status").asString().equals("DEFERRED"))
                    .json();
            assertThat(deferred.get("ballotId").asString()).isEqualTo(ballot);
        }
    }
}
