package org.gsef.governance.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import org.axonframework.config.EventProcessingConfiguration;
import org.gsef.governance.command.CommandSideApplication;
import org.gsef.governance.platform.testing.Api;
import org.gsef.governance.platform.testing.Eventually;
import org.gsef.governance.platform.testing.PostgresTestDatabase;
import org.gsef.governance.query.QuerySideApplication;
import org.junit.jupiter.api.Test;

/** The command side and the query side run apart, sharing nothing but one PostgreSQL database. */
class SplitRunIT {

    @Test
    void events_written_by_the_command_side_appear_in_the_query_sides_read_model() {
        PostgresTestDatabase database = PostgresTestDatabase.create();
        try (RunningApplication commandSide =
                        RunningApplication.start(CommandSideApplication.class, "command-side", database.arguments());
                RunningApplication querySide =
                        RunningApplication.start(QuerySideApplication.class, "query-side", database.arguments())) {

            assertThat(commandSide.bean(EventProcessingConfiguration.class).eventProcessors())
                    .as("the command side builds no read model")
                    .doesNotContainKey("membership-applications");
            assertThat(querySide.bean(EventProcessingConfiguration.class).eventProcessors())
                    .containsKey("membership-applications");

            Api commands = commandSide.api().as("secretariat");
            Api queries = querySide
                    .api()
                    .withBearer(commandSide
                            .api()
                            .as("auditor")
                            .post("/api/auth/token", "")
                            .json()
                            .get("access_token")
                            .asString());
            String id = commands.post(Applications.PATH, Applications.submission("Ville de Montréal", "CA", "Montréal"))
                    .json()
                    .get("id")
                    .asString();
            Governance.expect(202, commands.post(Applications.PATH + "/" + id + "/review", ""));

            Api.Response read = Eventually.await(
                    () -> queries.get(Applications.PATH + "/" + id),
                    r -> r.status() == 200 && r.json().get("status").asString().equals("REVIEWED"));
            assertThat(read.json().get("organisationName").asString()).isEqualTo("Ville de Montréal");

            assertThat(querySide
                            .api()
                            .as("secretariat")
                            .post(Applications.PATH, Applications.submission("x", "CA", "x"))
                            .status())
                    .as("the query side accepts no command")
                    .isEqualTo(405);
            assertThat(commands.get(Applications.PATH + "/" + id).status())
                    .as("the command side serves no read model")
                    .isEqualTo(404);
        }
    }
}
