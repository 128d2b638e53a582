package org.gsef.governance.command.seed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.gsef.governance.kernel.committee.MeetingCommand.ScheduleMeeting;
import org.gsef.governance.kernel.common.OfficialLanguage;
import org.gsef.governance.kernel.forum.ForumCommand.PlanMilestone;
import org.gsef.governance.kernel.membership.RegisterCommand.RecordOpeningBalance;
import org.gsef.governance.kernel.objectives.PlanCommand.AdoptStrategicPlan;
import org.gsef.governance.kernel.program.ActivityCommand.ScheduleActivity;
import org.gsef.governance.kernel.translation.TranslationCommand.RecordTranslations;
import org.junit.jupiter.api.Test;

class SeedImporterTest {

    /** Parsing needs neither the command bus nor the event store. */
    private final SeedImporter importer = new SeedImporter(null, null, null, null);

    @Test
    void the_2019_seed_file_is_valid_and_holds_every_calendar_entry_of_the_program() {
        var parsed = importer.parse(new InputStreamReader(
                SeedImporterTest.class.getResourceAsStream("/seed/gsef-2019.jsonl"), StandardCharsets.UTF_8));
        assertThat(parsed.source()).contains("GSEF 2019", "seed version 1");
        List<ScheduleActivity> calendar = parsed.records().stream()
                .flatMap(record -> record.commands().stream())
                .filter(ScheduleActivity.class::isInstance)
                .map(ScheduleActivity.class::cast)
                .filter(activity -> activity.dates().from().getYear() == 2019)
                .filter(activity -> IntStream.rangeClosed(1, 34)
                        .anyMatch(entry -> activity.activityId()
                                .equals(SeedImporter.id("activity", "calendar-2019-%02d".formatted(entry)))))
                .toList();
        assertThat(calendar).hasSize(34);
        assertThat(calendar).allMatch(activity -> activity.dates().toBeConfirmed());
        assertThat(calendar)
                .filteredOn(activity -> activity.dates().monthOnly())
                .hasSize(5);
    }

    /** The facts of the program that the calendar lacks, and where its sections disagree, are in the file too. */
    @Test
    void the_2019_seed_file_holds_the_opening_balance_the_programs_further_facts_and_its_contradictions() {
        var parsed = importer.parse(new InputStreamReader(
                SeedImporterTest.class.getResourceAsStream("/seed/gsef-2019.jsonl"), StandardCharsets.UTF_8));
        List<Object> commands = parsed.records().stream()
                .flatMap(record -> record.commands().stream())
                .toList();
        assertThat(commands)
                .filteredOn(RecordOpeningBalance.class::isInstance)
                .containsExactly(new RecordOpeningBalance(
                        LocalDate.of(2019, 1, 1),
                        49,
                        ((RecordOpeningBalance) commands.stream()
                                        .filter(RecordOpeningBalance.class::isInstance)
                                        .findFirst()
                                        .orElseThrow())
                                .source()));
        assertThat(commands)
                .filteredOn(ScheduleActivity.class::isInstance)
                .extracting(command -> ((ScheduleActivity) command).activityId())
                .contains(
                        SeedImporter.id("activity", "advisors-2019-07"),
                        SeedImporter.id("activity", "research-phase-2"));
        assertThat(parsed.disagreements())
                .extracting(SeedImporter.Disagreement::question)
                .hasSize(4)
                .anySatisfy(question -> assertThat(question).contains("third-quarter"))
                .anySatisfy(question -> assertThat(question).contains("Latin America"))
                .anySatisfy(question -> assertThat(question).contains("advisors"))
                .anySatisfy(question -> assertThat(question).contains("fourth-quarter"));
        assertThat(parsed.disagreements())
                .allSatisfy(disagreement -> assertThat(disagreement.versions())
                        .hasSize(2)
                        .allSatisfy(version -> assertThat(version.section()).contains("2019 program of activities")));
    }

    /** Every name the file gives in English, it gives in French and Spanish too: none waits for a machine. */
    @Test
    void the_2019_seed_file_names_every_meeting_activity_milestone_and_part_of_the_plan_in_three_languages() {
        var parsed = importer.parse(new InputStreamReader(
                SeedImporterTest.class.getResourceAsStream("/seed/gsef-2019.jsonl"), StandardCharsets.UTF_8));
        List<Object> commands = parsed.records().stream()
                .flatMap(record -> record.commands().stream())
                .toList();
        Map<UUID, Map<String, Map<OfficialLanguage, String>>> translated = new HashMap<>();
        commands.stream()
                .filter(RecordTranslations.class::isInstance)
                .map(RecordTranslations.class::cast)
                .forEach(translations -> translated.put(translations.subjectId(), translations.fields()));
        List<String> missing = new ArrayList<>();
        for (Object command : commands) {
            switch (command) {
                case ScheduleActivity activity -> require(translated, activity.activityId(), "title", missing);
                case ScheduleMeeting meeting -> require(translated, meeting.meetingId(), "title", missing);
                case PlanMilestone milestone ->
                    require(translated, milestone.editionId(), "milestone:" + milestone.milestone(), missing);
                case AdoptStrategicPlan plan ->
                    plan.directions().forEach(direction -> {
                        require(translated, plan.planId(), "direction:" + direction.code(), missing);
                        direction.objectives().forEach(objective -> {
                            require(translated, plan.planId(), "objective:" + objective.code(), missing);
                            objective
                                    .indicators()
                                    .forEach(indicator -> require(
                                            translated, plan.planId(), "indicator:" + indicator.code(), missing));
                        });
                    });
                default -> {}
            }
        }
        assertThat(missing).isEmpty();
    }

    private static void require(
            Map<UUID, Map<String, Map<OfficialLanguage, String>>> translated,
            UUID subject,
            String field,
            List<String> missing) {
        Map<OfficialLanguage, String> texts =
                translated.getOrDefault(subject, Map.of()).getOrDefault(field, Map.of());
        if (!texts.keySet().containsAll(Set.of(OfficialLanguage.FRENCH, OfficialLanguage.SPANISH))) {
            missing.add(subject + " " + field);
        }
    }

    @Test
    void translations_are_given_in_french_and_spanish_for_an_earlier_record() {
        String file = """
                {"type": "seed", "name": "test", "version": 1}
                {"type": "meeting", "key": "m", "title": "Call", "startsOn": "2019-01-30", "format": "ONLINE", "location": "Online", "agenda": []}
                {"type": "translations", "key": "meeting:m", "fields": {"title": {"de": "Anruf"}}}
                {"type": "translations", "key": "meeting:nowhere", "fields": {"title": {"fr": "Appel"}}}
                {"type": "translations", "key": "meeting:m", "fields": {"title": {"fr": "Appel", "es": "Llamada"}}}
                """;
        SeedImporter.SeedRejected rejected =
                catchThrowableOfType(SeedImporter.SeedRejected.class, () -> importer.parse(new StringReader(file)));
        assertThat(rejected.problems()).extracting(SeedImporter.Problem::line).containsExactly(3, 4, 5);
        assertThat(rejected.problems().get(0).reason()).contains("fr and es");
        assertThat(rejected.problems().get(1).reason()).contains("no earlier record");
        assertThat(rejected.problems().get(2).reason()).contains("appears twice");
    }

    @Test
    void a_disagreement_must_name_records_of_the_file() {
        String file = """
                {"type": "seed", "name": "test", "version": 1}
                {"type": "disagreement", "key": "d", "question": "Where?", "subjects": ["meeting:nowhere"], "versions": [{"says": "A", "section": "s1"}, {"says": "B", "section": "s2"}]}
                """;
        SeedImporter.SeedRejected rejected =
                catchThrowableOfType(SeedImporter.SeedRejected.class, () -> importer.parse(new StringReader(file)));
        assertThat(rejected.problems()).extracting(SeedImporter.Problem::line).containsExactly(2);
        assertThat(rejected.problems().getFirst().reason()).contains("no earlier record defines");
    }

    @Test
    void a_bad_file_is_rejected_with_the_line_and_reason_of_every_problem() {
        String file = """
                {"type": "seed", "name": "test", "version": 1}
                {"type": "member", "key": "x", "organisationName": "X", "kind": "LOCAL_GOVERNMENT", "country": "XX", "region": "EUROPE", "city": "X", "preferredLanguage": "ENGLISH", "source": "s"}

                {"type": "seat", "seat": "y", "member": "nobody", "office": "CHAIR"}
                not json at all
                {"type": "spaceship", "key": "z"}
                """;
        SeedImporter.SeedRejected rejected =
                catchThrowableOfType(SeedImporter.SeedRejected.class, () -> importer.parse(new StringReader(file)));
        assertThat(rejected.problems()).extracting(SeedImporter.Problem::line).containsExactly(2, 4, 5, 6);
        assertThat(rejected.problems().get(0).reason()).contains("ISO 3166");
        assertThat(rejected.problems().get(1).reason()).contains("no earlier record defines");
        assertThat(rejected.problems().get(3).reason()).contains("unknown record type 'spaceship'");
    }

    @Test
    void a_file_may_not_import_one_organisation_twice_under_two_keys() {
        String twice = """
                {"type": "seed", "name": "test", "version": 1}
                {"type": "member", "key": "bamako-city", "organisationName": "Ville de Bamako", "kind": "LOCAL_GOVERNMENT", "country": "ML", "region": "AFRICA", "city": "Bamako", "preferredLanguage": "FRENCH", "source": "s"}
                {"type": "member", "key": "bamako", "organisationName": "City of BAMAKO", "kind": "LOCAL_GOVERNMENT", "country": "ML", "region": "AFRICA", "city": "Bamako", "preferredLanguage": "FRENCH", "source": "s"}
                """;
        SeedImporter.SeedRejected rejected =
                catchThrowableOfType(SeedImporter.SeedRejected.class, () -> importer.parse(new StringReader(twice)));
        assertThat(rejected.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(3);
            assertThat(problem.reason()).contains("same organisation as member bamako-city");
        });
    }

    @Test
    void a_file_must_start_with_its_header_and_may_not_repeat_a_key() {
        assertThatThrownBy(() -> importer.parse(new StringReader("{\"type\": \"member\", \"key\": \"x\"}\n")))
                .isInstanceOf(SeedImporter.SeedRejected.class);
        String twice = """
                {"type": "seed", "name": "test", "version": 1}
                {"type": "edition", "key": "e", "name": "GSEF2020", "hostCity": "Mexico City"}
                {"type": "edition", "key": "e", "name": "GSEF2020", "hostCity": "Mexico City"}
                """;
        SeedImporter.SeedRejected rejected =
                catchThrowableOfType(SeedImporter.SeedRejected.class, () -> importer.parse(new StringReader(twice)));
        assertThat(rejected.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(3);
            assertThat(problem.reason()).contains("appears twice");
        });
    }
}
