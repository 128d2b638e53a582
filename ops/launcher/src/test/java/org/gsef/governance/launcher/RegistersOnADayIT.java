package org.gsef.governance.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.gsef.governance.platform.testing.Api;
import org.gsef.governance.platform.testing.Eventually;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The Committee and the GSEF2020 roadmap as they stood on a day of 2019 (issue #17), by the days the record says each
 * change took effect, though the demo records the 2019 record today: the thirteen seats and their delegates from
 * 1 January 2019 and not the day before; the roadmap's preparatory meeting planned on 1 March 2019, reported held on
 * 29 March, and the host agreement late by August; and the changes between two days that say so.
 */
@SingleNodeOnPostgres(properties = "gsef.demo-data=true")
class RegistersOnADayIT {

    @LocalServerPort
    int port;

    @Test
    void the_committee_of_2019_has_its_seats_and_delegates_on_15_october_2019_and_none_the_day_before_it_took_effect() {
        Api auditor = awaitDemo();
        JsonNode october = auditor.get("/api/audit/committee?on=2019-10-15").json();
        assertThat(october.get("on").asString()).isEqualTo("2019-10-15");
        JsonNode seats = october.get("seats");
        assertThat(seats).hasSize(13);
        for (JsonNode seat : seats) {
            assertThat(seat.get("establishedOn").asString()).as(seat.toString()).isEqualTo("2019-01-01");
            assertThat(seat.get("delegateUserId").isNull()).as(seat.toString()).isFalse();
            assertThat(seat.get("delegateOn").asString()).as(seat.toString()).isEqualTo("2019-01-01");
            assertThat(seat.get("retiredOn").isNull()).isTrue();
        }
        assertThat(names(seats, "seat")).contains("seoul-city", "bamako-city", "ripess", "locality");
        assertThat(seats.get(0).get("establishedAt").asString())
                .as("recorded today, not in 2019")
                .doesNotStartWith("2019");
        assertThat(names(october.get("standingRules"), "type")).contains("ADMISSION");

        JsonNode before = auditor.get("/api/audit/committee?on=2018-12-31").json();
        assertThat(before.get("seats"))
                .as("the 2019 Committee took effect on 1 January 2019")
                .isEmpty();
        assertThat(auditor.get("/api/audit/committee").json().get("seats")).hasSize(13);

        List<String> january = new ArrayList<>();
        for (JsonNode change :
                auditor.get("/api/audit/changes?from=2019-01-01&to=2019-01-01").json()) {
            january.add(change.get("change").asString() + " "
                    + change.get("entityId").asString());
        }
        assertThat(january.stream().filter(c -> c.startsWith("SeatEstablished")))
                .hasSize(13);
        assertThat(january.stream().filter(c -> c.startsWith("DelegateAppointed")))
                .hasSize(13);
        assertThat(auditor.get("/api/audit/committee?on=2019-13-01").status())
                .as("a day that is not one")
                .isEqualTo(400);
        assertThat(new Api(port)
                        .as("ripess")
                        .get("/api/audit/committee?on=2019-10-15")
                        .status())
                .isEqualTo(403);
    }

    @Test
    void the_roadmap_on_a_day_of_2019_has_each_milestone_as_it_stood_that_day() {
        Api auditor = awaitDemo();
        JsonNode march =
                gsef2020(auditor.get("/api/audit/roadmap?on=2019-03-01").json());
        JsonNode meeting = milestone(march, "preparatory-meeting");
        assertThat(meeting.get("status").asString()).isEqualTo("PLANNED");
        assertThat(meeting.get("progress").asInt()).isZero();
        assertThat(meeting.get("late").asBoolean()).isFalse();
        assertThat(march.get("lateMilestones").asInt()).isZero();
        assertThat(march.get("preparatoryMeetings").asInt()).isZero();

        JsonNode april =
                gsef2020(auditor.get("/api/audit/roadmap?on=2019-04-01").json());
        assertThat(milestone(april, "preparatory-meeting").get("progress").asInt())
                .as("reported held on 29 March 2019")
                .isEqualTo(100);
        assertThat(april.get("preparatoryMeetings").asInt()).isEqualTo(1);
        assertThat(milestone(april, "host-agreement").get("late").asBoolean()).isFalse();

        JsonNode august =
                gsef2020(auditor.get("/api/audit/roadmap?on=2019-08-01").json());
        assertThat(milestone(august, "host-agreement").get("late").asBoolean())
                .as("due on 9 July 2019, not signed by 1 August")
                .isTrue();
        assertThat(august.get("lateMilestones").asInt()).isGreaterThanOrEqualTo(2);

        List<String> march2019 = new ArrayList<>();
        for (JsonNode change :
                auditor.get("/api/audit/changes?from=2019-03-01&to=2019-03-31").json()) {
            march2019.add(
                    change.get("on").asString() + " " + change.get("change").asString() + " "
                            + change.get("subject").asString());
        }
        assertThat(march2019)
                .contains("2019-03-29 MilestoneProgressReported preparatory-meeting")
                .anyMatch(change -> change.startsWith("2019-03-29 PreparatoryMeetingRecorded"));
    }

    private Api awaitDemo() {
        Api auditor = new Api(port).as("auditor");
        Eventually.await(
                () -> auditor.get("/api/audit/trail?eventType=MilestoneProgressReported&limit=1")
                        .json()
                        .get("entries")
                        .size(),
                size -> size > 0);
        return auditor;
    }

    private static JsonNode gsef2020(JsonNode roadmaps) {
        for (JsonNode roadmap : roadmaps) {
            if (roadmap.get("name").asString().equals("GSEF2020")) {
                return roadmap;
            }
        }
        throw new AssertionError("no GSEF2020 roadmap in " + roadmaps);
    }

    private static JsonNode milestone(JsonNode roadmap, String code) {
        for (JsonNode milestone : roadmap.get("milestones")) {
            if (milestone.get("milestone").asString().equals(code)) {
                return milestone;
            }
        }
        throw new AssertionError("no milestone " + code + " in " + roadmap);
    }

    private static List<String> names(JsonNode values, String field) {
        List<String> names = new ArrayList<>();
        values.forEach(value -> names.add(value.get(field).asString()));
        return names;
    }
}
