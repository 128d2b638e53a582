package org.gsef.governance.command.seed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.gsef.governance.command.membership.OrganisationKey;
import org.gsef.governance.command.membership.OrganisationRegistry;
import org.gsef.governance.kernel.committee.CommitteeCommand.EstablishSeat;
import org.gsef.governance.kernel.committee.CommitteeCommand.RecordAdvisor;
import org.gsef.governance.kernel.committee.MeetingCommand.ScheduleMeeting;
import org.gsef.governance.kernel.committee.MeetingFormat;
import org.gsef.governance.kernel.committee.MeetingParticipant;
import org.gsef.governance.kernel.committee.SeatOffice;
import org.gsef.governance.kernel.common.OfficialLanguage;
import org.gsef.governance.kernel.common.Refusal;
import org.gsef.governance.kernel.common.Region;
import org.gsef.governance.kernel.common.RuleViolation;
import org.gsef.governance.kernel.forum.ForumCommand.PlanMilestone;
import org.gsef.governance.kernel.forum.ForumCommand.PrepareEdition;
import org.gsef.governance.kernel.forum.ForumCommand.RecordPastEdition;
import org.gsef.governance.kernel.identity.Actor;
import org.gsef.governance.kernel.membership.MemberCommand.ImportMember;
import org.gsef.governance.kernel.membership.Organisation;
import org.gsef.governance.kernel.membership.OrganisationKind;
import org.gsef.governance.kernel.membership.RegisterCommand;
import org.gsef.governance.kernel.membership.RegisterCommand.RecordOpeningBalance;
import org.gsef.governance.kernel.membership.SeatId;
import org.gsef.governance.kernel.objectives.PlanCommand.AdoptStrategicPlan;
import org.gsef.governance.kernel.objectives.PlanCommand.Direction;
import org.gsef.governance.kernel.privacy.SealedPersonalData;
import org.gsef.governance.kernel.program.ActivityCommand.RecordActivityHeld;
import org.gsef.governance.kernel.program.ActivityCommand.ScheduleActivity;
import org.gsef.governance.kernel.program.ActivityDates;
import org.gsef.governance.kernel.program.ActivityKind;
import org.gsef.governance.kernel.sources.SourceCommand.RecordSourceDisagreement;
import org.gsef.governance.kernel.sources.SourceVersion;
import org.gsef.governance.kernel.translation.TranslationCommand.RecordTranslations;
import org.gsef.governance.platform.identity.ActorMetaData;
import org.gsef.governance.platform.privacy.PersonalDataVault;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Imports a seed file: one JSON record a line (members, seats, meetings, forum editions, roadmap milestones,
 * activities, the strategic plan; the format is described in {@code seed/README.md}). The whole file is read and
 * checked before anything is sent, so a bad file is rejected with the line and reason of each problem and changes
 * nothing. Every record goes through the ordinary commands, as the importing person, with the file named in the
 * metadata, so the import is audited. Identifiers are derived from the records' keys: importing again skips what
 * exists and changes nothing.
 */
@Component
public class SeedImporter {

    public static final int VERSION = 1;

    private static final Logger log = LoggerFactory.getLogger(SeedImporter.class);

    private final CommandGateway commands;
    private final EventStore eventStore;
    private final PersonalDataVault vault;
    private final OrganisationRegistry registry;
    private final ObjectMapper json =
            JsonMapper.builder().addModule(new JavaTimeModule()).build();

    public SeedImporter(
            CommandGateway commands, EventStore eventStore, PersonalDataVault vault, OrganisationRegistry registry) {
        this.commands = commands;
        this.eventStore = eventStore;
        this.vault = vault;
        this.registry = registry;
    }

    /** The identifier of the record of that type and key, the same in every import. */
    public static UUID id(String type, String key) {
        return UUID.nameUUIDFromBytes(("gsef-seed:" + type + ":" + key).getBytes(StandardCharsets.UTF_8));
    }

    public Report importSeed(Reader file, Actor actor, Consumer<String> progress) {
        Parsed parsed = parse(file);
        requireNewOrganisations(parsed);
        MetaData metaData = ActorMetaData.of(actor).and(ActorMetaData.IMPORT_SOURCE, parsed.source());
        int created = 0;
        int skipped = 0;
        int done = 0;
        for (Planned record : parsed.records()) {
            if (send(record, metaData)) {
                created++;
            } else {
                skipped++;
            }
            done++;
            if (done % 20 == 0 || done == parsed.records().size()) {
                String line = "Seed import: %d/%d records (%d created, %d already there)"
                        .formatted(done, parsed.records().size(), created, skipped);
                log.info(line);
                progress.accept(line);
            }
        }
        return new Report(parsed.source(), parsed.records().size(), created, skipped, parsed.disagreements());
    }

    /**
     * Refuses the whole file when a member it would import is an organisation that is a member already, or has an
     * application in progress, under another identifier: the command would refuse it halfway through the import.
     */
    private void requireNewOrganisations(Parsed parsed) {
        List<Problem> problems = new ArrayList<>();
        for (Planned record : parsed.records()) {
            for (Object command : record.commands()) {
                if (command instanceof ImportMember member
                        && eventStore
                                .lastSequenceNumberFor(member.memberId().toString())
                                .isEmpty()) {
                    registry.holderOf(OrganisationKey.of(member.organisation()), member.memberId())
                            .ifPresent(holder -> problems.add(new Problem(
                                    record.line(),
                                    member.organisation().name() + " is already registered, as " + holder)));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new SeedRejected(problems);
        }
    }

    /** Sends the record's commands; false when the record was imported before. */
    private boolean send(Planned record, MetaData metaData) {
        if (record.aggregateId() != null
                && eventStore.lastSequenceNumberFor(record.aggregateId()).isPresent()) {
            return false;
        }
        try {
            for (Object command : record.commands()) {
                commands.sendAndWait(sealed(command), metaData);
            }
            return true;
        } catch (RuleViolation exists) {
            if (Set.of(Refusal.SEAT_EXISTS, Refusal.MILESTONE_EXISTS, Refusal.ADVISOR_EXISTS)
                    .contains(exists.refusal())) {
                return false;
            }
            throw exists;
        }
    }

    /** Personal data is sealed only when its record is sent: a rejected file leaves no keys behind. */
    private Object sealed(Object command) {
        if (command instanceof AdvisorToRecord advisor) {
            return new RecordAdvisor(
                    advisor.advisorId(), vault.seal(advisor.advisorId(), advisor.name()), advisor.appointedIn());
        }
        return command;
    }

    Parsed parse(Reader file) {
        List<Problem> problems = new ArrayList<>();
        List<Planned> records = new ArrayList<>();
        Map<String, Organisation> members = new HashMap<>();
        Map<OrganisationKey, String> organisations = new HashMap<>();
        Set<String> keys = new HashSet<>();
        Set<String> editions = new HashSet<>();
        String source = null;
        List<String> lines = lines(file);
        for (int index = 0; index < lines.size(); index++) {
            int number = index + 1;
            String text = lines.get(index).strip();
            if (text.isEmpty()) {
                continue;
            }
            try {
                JsonNode node = json.readTree(text);
                String type = required(node, "type");
                if (source == null) {
                    if (!type.equals("seed") || node.path("version").asInt() != VERSION) {
                        throw new IllegalArgumentException(
                                "the first record must be {\"type\": \"seed\", \"version\": " + VERSION + ", ...}");
                    }
                    source = required(node, "name") + " (seed version " + VERSION + ")";
                    continue;
                }
                String key = switch (type) {
                    case "seat" -> node.path("seat").asText();
                    case "milestone" ->
                        node.path("edition").asText() + "/"
                                + node.path("milestone").asText();
                    default -> required(node, "key");
                };
                if (!keys.add(type + ":" + key)) {
                    throw new IllegalArgumentException(type + " " + key + " appears twice");
                }
                Planned planned = plan(type, key, node, members, editions, keys, number);
                if (type.equals("member")) {
                    String earlier = organisations.putIfAbsent(OrganisationKey.of(members.get(key)), key);
                    if (earlier != null) {
                        throw new IllegalArgumentException(
                                "member " + key + " is the same organisation as member " + earlier);
                    }
                }
                records.add(planned);
            } catch (IOException | RuntimeException invalid) {
                problems.add(new Problem(number, reason(invalid)));
            }
        }
        if (source == null && problems.isEmpty()) {
            problems.add(new Problem(1, "the file is empty"));
        }
        if (!problems.isEmpty()) {
            throw new SeedRejected(problems);
        }
        return new Parsed(source, records);
    }

    private Planned plan(
            String type,
            String key,
            JsonNode node,
            Map<String, Organisation> members,
            Set<String> editions,
            Set<String> keys,
            int line)
            throws IOException {
        return switch (type) {
            case "member" -> {
                UUID id = id("member", key);
                Organisation organisation = new Organisation(
                        required(node, "organisationName"),
                        OrganisationKind.valueOf(required(node, "kind")),
                        optional(node, "country"),
                        enumOrNull(Region.class, optional(node, "region")),
                        optional(node, "city"),
                        OfficialLanguage.valueOf(required(node, "preferredLanguage")));
                members.put(key, organisation);
                yield new Planned(
                        line,
                        id.toString(),
                        List.of(new ImportMember(
                                id, organisation, date(optional(node, "admittedOn")), required(node, "source"))));
            }
            case "seat" -> {
                String member = required(node, "member");
                Organisation organisation = members.get(member);
                if (organisation == null) {
                    throw new IllegalArgumentException(
                            "seat " + key + " names member " + member + ", which no earlier record defines");
                }
                yield new Planned(
                        line,
                        null,
                        List.of(new EstablishSeat(
                                new SeatId(key),
                                organisation.name(),
                                id("member", member),
                                SeatOffice.valueOf(required(node, "office")),
                                date(optional(node, "effectiveOn")))));
            }
            case "advisor" -> {
                UUID id = id("advisor", key);
                String name = required(node, "name");
                int year = node.path("appointedIn").asInt();
                new RecordAdvisor(id, new SealedPersonalData(id, "validation-only-not-sealed"), year);
                yield new Planned(line, null, List.of(new AdvisorToRecord(id, name.strip(), year)));
            }
            case "meeting" -> {
                UUID id = id("meeting", key);
                List<String> agenda = new ArrayList<>();
                node.path("agenda").forEach(item -> agenda.add(item.asText()));
                List<MeetingParticipant> participants = new ArrayList<>();
                for (JsonNode participant : node.path("participants")) {
                    participants.add(new MeetingParticipant(
                            MeetingParticipant.Role.valueOf(required(participant, "role")),
                            required(participant, "who"),
                            participant.hasNonNull("number")
                                    ? participant.get("number").asInt()
                                    : null));
                }
                yield new Planned(
                        line,
                        id.toString(),
                        List.of(new ScheduleMeeting(
                                id,
                                required(node, "title"),
                                date(required(node, "startsOn")),
                                date(optional(node, "endsOn")),
                                MeetingFormat.valueOf(required(node, "format")),
                                required(node, "location"),
                                agenda,
                                participants)));
            }
            case "pastEdition" -> {
                UUID id = id("edition", key);
                editions.add(key);
                yield new Planned(
                        line,
                        id.toString(),
                        List.of(new RecordPastEdition(
                                id,
                                required(node, "name"),
                                node.path("year").asInt(),
                                required(node, "city"),
                                optional(node, "country"),
                                date(optional(node, "startsOn")),
                                date(optional(node, "endsOn")),
                                optional(node, "theme"),
                                optional(node, "outcome"))));
            }
            case "edition" -> {
                UUID id = id("edition", key);
                editions.add(key);
                yield new Planned(
                        line,
                        id.toString(),
                        List.of(new PrepareEdition(
                                id,
                                required(node, "name"),
                                required(node, "hostCity"),
                                optional(node, "country"),
                                date(optional(node, "startsOn")),
                                date(optional(node, "endsOn")))));
            }
            case "milestone" -> {
                String edition = required(node, "edition");
                if (!editions.contains(edition)) {
                    throw new IllegalArgumentException(
                            "milestone " + key + " names edition " + edition + ", which no earlier record defines");
                }
                yield new Planned(
                        line,
                        null,
                        List.of(new PlanMilestone(
                                id("edition", edition),
                                required(node, "milestone"),
                                required(node, "title"),
                                required(node, "owner"),
                                date(required(node, "dueOn")))));
            }
            case "activity" -> {
                UUID id = id("activity", key);
                boolean monthOnly = node.path("monthOnly").asBoolean(false);
                boolean toBeConfirmed = node.path("toBeConfirmed").asBoolean(false);
                ActivityDates dates = monthOnly
                        ? ActivityDates.month(YearMonth.parse(required(node, "from")), toBeConfirmed)
                        : ActivityDates.days(date(required(node, "from")), date(optional(node, "to")), toBeConfirmed);
                List<String> partners = new ArrayList<>();
                node.path("partners").forEach(partner -> partners.add(partner.asText()));
                List<Object> commands = new ArrayList<>();
                commands.add(new ScheduleActivity(
                        id,
                        ActivityKind.valueOf(required(node, "kind")),
                        required(node, "title"),
                        dates,
                        optional(node, "location"),
                        partners));
                JsonNode held = node.path("held");
                if (!held.isMissingNode() && !held.isNull()) {
                    commands.add(new RecordActivityHeld(
                            id,
                            held.hasNonNull("participants")
                                    ? held.get("participants").asInt()
                                    : null,
                            optional(held, "outcome")));
                }
                yield new Planned(line, id.toString(), commands);
            }
            case "plan" -> {
                UUID id = id("plan", key);
                Direction[] directions = json.treeToValue(node.path("directions"), Direction[].class);
                yield new Planned(
                        line,
                        id.toString(),
                        List.of(new AdoptStrategicPlan(
                                id, node.path("year").asInt(), directions == null ? null : List.of(directions))));
            }
            case "openingBalance" ->
                new Planned(
                        line,
                        RegisterCommand.MEMBER_REGISTER,
                        List.of(new RecordOpeningBalance(
                                date(required(node, "asOf")),
                                node.path("members").asInt(-1),
                                required(node, "source"))));
            case "disagreement" -> {
                UUID id = id("disagreement", key);
                List<UUID> subjects = new ArrayList<>();
                for (JsonNode subject : node.path("subjects")) {
                    String reference = subject.asText();
                    if (!keys.contains(reference)) {
                        throw new IllegalArgumentException("disagreement " + key + " names " + reference
                                + ", which no earlier record defines (write type:key)");
                    }
                    int colon = reference.indexOf(':');
                    String subjectType = reference.substring(0, colon);
                    subjects.add(id(
                            subjectType.equals("pastEdition") ? "edition" : subjectType,
                            reference.substring(colon + 1)));
                }
                List<SourceVersion> versions = new ArrayList<>();
                for (JsonNode version : node.path("versions")) {
                    versions.add(new SourceVersion(required(version, "says"), required(version, "section")));
                }
                yield new Planned(
                        line,
                        id.toString(),
                        List.of(new RecordSourceDisagreement(id, required(node, "question"), subjects, versions)));
            }
            case "translations" -> {
                if (!keys.contains(key)) {
                    throw new IllegalArgumentException(
                            "translations " + key + " name no earlier record (write type:key as the key)");
                }
                UUID subject = subjectId(key);
                Map<String, Map<OfficialLanguage, String>> fields = new HashMap<>();
                node.path("fields").properties().forEach(field -> {
                    Map<OfficialLanguage, String> texts = new HashMap<>();
                    field.getValue()
                            .properties()
                            .forEach(text -> texts.put(
                                    language(text.getKey()), text.getValue().asText()));
                    fields.put(field.getKey(), texts);
                });
                RecordTranslations command = new RecordTranslations(subject, fields);
                yield new Planned(line, command.aggregateId(), List.of(command));
            }
            default -> throw new IllegalArgumentException("unknown record type '" + type + "'");
        };
    }

    /** The identifier of the record a {@code type:key} reference names. */
    private static UUID subjectId(String reference) {
        int colon = reference.indexOf(':');
        String type = reference.substring(0, colon);
        return id(type.equals("pastEdition") ? "edition" : type, reference.substring(colon + 1));
    }

    private static OfficialLanguage language(String code) {
        return switch (code) {
            case "fr" -> OfficialLanguage.FRENCH;
            case "es" -> OfficialLanguage.SPANISH;
            default -> throw new IllegalArgumentException("translations are given in fr and es, not '" + code + "'");
        };
    }

    private static List<String> lines(Reader file) {
        try (BufferedReader reader = new BufferedReader(file)) {
            return reader.lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String required(JsonNode node, String field) {
        String value = optional(node, field);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("'" + field + "' is required");
        }
        return value;
    }

    private static String optional(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static LocalDate date(String value) {
        return value == null ? null : LocalDate.parse(value);
    }

    private static <E extends Enum<E>> E enumOrNull(Class<E> type, String value) {
        return value == null ? null : Enum.valueOf(type, value);
    }

    /** The reason for the person who wrote the file: the deepest message, without Java's noise. */
    private static String reason(Throwable problem) {
        Throwable cause = problem;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        int detail = message.indexOf("\n at [Source");
        return detail > 0 ? message.substring(0, detail) : message;
    }

    record Planned(int line, String aggregateId, List<Object> commands) {}

    /** An advisor whose name is sealed when the record is sent. */
    record AdvisorToRecord(UUID advisorId, String name, int appointedIn) {}

    record Parsed(String source, List<Planned> records) {

        List<Disagreement> disagreements() {
            return records.stream()
                    .flatMap(record -> record.commands().stream())
                    .filter(RecordSourceDisagreement.class::isInstance)
                    .map(RecordSourceDisagreement.class::cast)
                    .map(recorded -> new Disagreement(
                            recorded.disagreementId().toString(), recorded.question(), recorded.versions()))
                    .toList();
        }
    }

    public record Problem(int line, String reason) {}

    /**
     * @param disagreements where the file's sources disagree: each question with its versions and their sections, kept
     *     in the record as they are until the Secretariat records which holds
     */
    public record Report(String source, int records, int created, int skipped, List<Disagreement> disagreements) {}

    /** A fact the sources give in several versions, as the import reports it. */
    public record Disagreement(String key, String question, List<SourceVersion> versions) {}

    /** A seed file with problems; nothing of it was imported. */
    public static final class SeedRejected extends RuntimeException {

        private final List<Problem> problems;

        SeedRejected(List<Problem> problems) {
            super(problems.size() + " problem(s) in the seed file, first at line "
                    + problems.getFirst().line());
            this.problems = List.copyOf(problems);
        }

        public List<Problem> problems() {
            return problems;
        }
    }
}
