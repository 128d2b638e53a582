package org.gsef.governance.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.gsef.governance.platform.testing.Api;
import org.gsef.governance.platform.testing.Eventually;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * CSV formula injection (issue #15): text sent through the API that a spreadsheet would run as a formula ({@code =},
 * {@code +}, {@code -}, {@code @} first) came back as it was sent in every CSV export, the audit trail's included. Each
 * export is read here after hostile values went in through the real API (a seed import, an application, a ballot):
 * each such cell must come back quoted after a single quote, and no cell of any export may start like a formula
 * unless it is a number the system wrote.
 */
@SingleNodeOnPostgres
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CsvInjectionIT {

    static final String LINK = "=HYPERLINK(\"http://x\",\"y\")";
    static final String PLUS = "+1";
    static final String MINUS = "-2";
    static final String AT = "@SUM(A1)";

    /** Every text field a seed file fills, each holding a hostile value (JSON-escaped where it needs to be). */
    static final String SEED = """
            {"type": "seed", "name": "=HYPERLINK(\\"http://x\\",\\"y\\")", "version": 1}
            {"type": "member", "key": "m1", "organisationName": "+1", "kind": "LOCAL_GOVERNMENT", "country": "FR", "region": "EUROPE", "city": "-2", "preferredLanguage": "FRENCH", "admittedOn": null, "source": "@SUM(A1)"}
            {"type": "member", "key": "m2", "organisationName": "@SUM(A1)", "kind": "LOCAL_GOVERNMENT", "country": "FR", "region": "EUROPE", "city": "Lyon", "preferredLanguage": "FRENCH", "admittedOn": null, "source": "test"}
            {"type": "member", "key": "m3", "organisationName": "=HYPERLINK(\\"http://x\\",\\"y\\")", "kind": "LOCAL_GOVERNMENT", "country": "FR", "region": "EUROPE", "city": "Lille", "preferredLanguage": "FRENCH", "admittedOn": null, "source": "test"}
            {"type": "seat", "seat": "ripess", "member": "m1", "office": "INTERNATIONAL_NETWORK"}
            {"type": "seat", "seat": "avpn", "member": "m2", "office": "REGIONAL_NETWORK"}
            {"type": "seat", "seat": "apay", "member": "m3", "office": "REGIONAL_NETWORK"}
            {"type": "advisor", "key": "a1", "name": "@SUM(A1)", "appointedIn": 2018}
            {"type": "meeting", "key": "mt1", "title": "+1", "startsOn": "2030-01-30", "endsOn": null, "format": "ONLINE", "location": "-2", "agenda": ["=1+1"]}
            {"type": "edition", "key": "e1", "name": "+1", "hostCity": "-2", "country": "MX", "startsOn": null, "endsOn": null}
            {"type": "milestone", "edition": "e1", "milestone": "m", "title": "@SUM(A1)", "owner": "-2", "dueOn": "2030-01-01"}
            {"type": "activity", "key": "act1", "kind": "FORUM", "title": "=HYPERLINK(\\"http://x\\",\\"y\\")", "from": "2030-05-13", "to": null, "monthOnly": false, "toBeConfirmed": true, "location": "-2", "partners": ["+1"]}
            {"type": "plan", "key": "p1", "year": 2030, "directions": [{"code": "1", "title": "+1", "objectives": [{"code": "1.1", "title": "-2", "indicators": [{"code": "i", "name": "@SUM(A1)", "unit": "members", "metric": null, "region": null, "baseline": 0, "target": 10, "startsOn": "2030-01-01", "deadline": "2030-12-31"}]}]}]}
            """;

    @LocalServerPort
    int port;

    @BeforeAll
    void hostile_values_go_in_through_the_api() {
        Api secretariat = new Api(port).as("secretariat");
        Governance.expect(200, secretariat.post("/api/imports/seed", "application/x-ndjson", SEED));
        String application =
                Governance.submitted(secretariat, Applications.submission(LINK.replace("\"", "\\\""), "BE", MINUS));
        Governance.expect(202, secretariat.post("/api/committee/conflicts", """
                {"seat": "ripess", "referenceId": "%s", "reason": "%s"}""".formatted(
                        application, LINK.replace("\"", "\\\""))));
        Api.Response opened =
                new Api(port).as("chair").post("/api/ballots", """
                {"type": "RESOLUTION", "title": "@SUM(A1)", "procedure": "WRITTEN", "closesAt": "%s"}""".formatted(Governance.writtenDeadline()));
        Governance.expect(201, opened);
        String ballot = opened.json().get("id").asString();
        for (String seat : List.of("ripess", "avpn", "apay")) {
            Governance.appoint(new Api(port), seat, seat);
            Governance.expect(202, Governance.vote(new Api(port), seat, ballot, seat, "YES"));
        }
        Governance.expect(202, new Api(port).as("chair").post("/api/ballots/" + ballot + "/closing", ""));
    }

    /**
     * Each export, who reads it, the hostile values that must come back as whole cells, neutralised, and the text its
     * JSON cells must mention (a hostile value inside a structure is safe: the cell starts with a bracket).
     */
    static Stream<Arguments> exports() {
        return Stream.of(
                Arguments.of("/api/membership-applications", "secretariat", List.of(LINK, MINUS), List.of()),
                Arguments.of("/api/members", "auditor", List.of(PLUS, AT, LINK, MINUS), List.of()),
                Arguments.of("/api/public/members", "", List.of(PLUS, AT, LINK, MINUS), List.of()),
                Arguments.of("/api/committee/seats", "auditor", List.of(PLUS, AT, LINK), List.of()),
                Arguments.of("/api/committee/advisors", "auditor", List.of(AT), List.of()),
                Arguments.of("/api/committee/decisions", "auditor", List.of(AT), List.of()),
                Arguments.of("/api/committee/conflicts", "auditor", List.of(LINK), List.of()),
                Arguments.of("/api/committee/standing-rules", "auditor", List.of(), List.of()),
                Arguments.of("/api/ballots", "auditor", List.of(AT), List.of()),
                Arguments.of("/api/meetings", "auditor", List.of(PLUS, MINUS), List.of("=1+1")),
                Arguments.of("/api/activities", "auditor", List.of(LINK, MINUS), List.of(PLUS)),
                Arguments.of("/api/public/activities", "", List.of(LINK, MINUS), List.of(PLUS)),
                Arguments.of("/api/forum/editions", "auditor", List.of(PLUS, MINUS), List.of()),
                Arguments.of("/api/public/forum/editions", "", List.of(PLUS, MINUS), List.of()),
                Arguments.of("/api/objectives", "auditor", List.of(), List.of(AT)),
                Arguments.of("/api/public/objectives", "", List.of(), List.of(AT)),
                Arguments.of("/api/audit/objectives", "auditor", List.of(), List.of(AT)),
                Arguments.of("/api/audit/decisions", "auditor", List.of(AT), List.of()),
                Arguments.of("/api/audit/roadmap", "auditor", List.of(), List.of()),
                Arguments.of("/api/members/growth", "auditor", List.of(), List.of()),
                Arguments.of("/api/public/members/growth", "", List.of(), List.of()),
                Arguments.of("/api/sources/disagreements", "auditor", List.of(), List.of()),
                Arguments.of("/api/public/sources/disagreements", "", List.of(), List.of()),
                Arguments.of("/api/audit/readings", "auditor", List.of(), List.of()),
                Arguments.of("/api/audit/checkpoints", "auditor", List.of(), List.of()),
                Arguments.of("/api/read-models", "auditor", List.of(), List.of()),
                Arguments.of("/api/dead-letters", "auditor", List.of(), List.of()),
                Arguments.of("/api/read-models/rebuilds", "auditor", List.of(), List.of()),
                Arguments.of("/api/notifications/outbox", "auditor", List.of(), List.of()),
                Arguments.of("/api/notifications/dead-letters", "secretariat", List.of(), List.of()),
                Arguments.of("/api/notifications/awaiting-vote", "secretariat", List.of(), List.of()),
                Arguments.of("/api/notifications/failures", "auditor", List.of(), List.of()),
                Arguments.of("/api/search?q=sum(", "auditor", List.of(AT), List.of()),
                Arguments.of("/api/public/committee/decisions", "", List.of(AT), List.of()),
                Arguments.of(
                        "/api/audit/trail/export?format=csv",
                        "auditor",
                        List.of(LINK + " (seed version 1)"),
                        List.of(PLUS, AT, LINK.replace("\"", "\\\""))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("exports")
    void an_export_neutralises_every_cell_a_spreadsheet_would_run(
            String path, String reader, List<String> hostileCells, List<String> mentioned) {
        Api api = reader.isEmpty() ? new Api(port) : new Api(port).as(reader);
        Api.Response export = Eventually.await(
                () -> api.withHeader("Accept", "text/csv").get(path),
                response -> response.status() != 200
                        || hostileCells.stream()
                                .allMatch(value ->
                                        parse(response.body()).stream().anyMatch(row -> row.contains("'" + value))));
        assertThat(export.status()).as(export.toString()).isEqualTo(200);
        assertThat(export.contentType()).startsWith("text/csv");
        List<List<String>> rows = parse(export.body());
        assertThat(rows).as(path + " has a header").isNotEmpty();
        for (String value : hostileCells) {
            assertThat(rows).as(path + ": " + value).anyMatch(row -> row.contains("'" + value));
            assertThat(export.body())
                    .as(path + ": " + value + " quoted after a single quote")
                    .contains("\"'" + value.replace("\"", "\"\"") + "\"");
        }
        for (String value : mentioned) {
            assertThat(rows.stream().flatMap(List::stream))
                    .as(path + " mentions " + value)
                    .anyMatch(cell -> cell.contains(value));
        }
        assertNoCellRunsAsAFormula(path, rows);
    }

    /** Every table the API offers as CSV, as its OpenAPI document lists them, is covered above. */
    @Test
    void every_csv_table_of_the_api_is_checked() {
        JsonNode paths = new Api(port).get("/v3/api-docs").json().get("paths");
        List<String> checked = exports()
                .map(arguments -> (String) arguments.get()[0])
                .map(path -> path.replaceAll("\\?.*", ""))
                .toList();
        List<String> tables = new ArrayList<>();
        for (String path : paths.propertyNames()) {
            JsonNode read = paths.get(path).get("get");
            if (read == null || path.contains("{")) {
                continue;
            }
            Api.Response csv = new Api(port)
                    .as("secretariat")
                    .withHeader("Accept", "text/csv")
                    .get(path);
            if (csv.status() == 200 && csv.contentType().startsWith("text/csv")) {
                tables.add(path);
                assertNoCellRunsAsAFormula(path, parse(csv.body()));
            }
        }
        assertThat(checked).containsAll(tables);
        assertThat(tables).contains("/api/members", "/api/public/activities");
    }

    /** A cell may start with a formula's character only when it is a number (written as one, never quoted). */
    private static void assertNoCellRunsAsAFormula(String path, List<List<String>> rows) {
        for (List<String> row : rows) {
            for (String cell : row) {
                if (!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0) {
                    assertThat(cell)
                            .as(path + ": a cell that starts like a formula")
                            .matches("-?[0-9.]+(E-?[0-9]+)?");
                }
            }
        }
    }

    /** The rows and cells of a CSV file as RFC 4180 reads them. */
    static List<List<String>> parse(String csv) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                cell.append(c);
            }
        }
        if (!cell.isEmpty() || !row.isEmpty()) {
            row.add(cell.toString());
            rows.add(row);
        }
        return rows;
    }
}
