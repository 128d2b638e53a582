package org.gsef.governance.benchmark;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * Malformed and hostile requests, generated from valid ones: wrong types, missing and unknown fields, unknown enum
 * values, injection strings where the API expects a code or an identifier, broken JSON, wrong content types and
 * methods, huge and endless bodies, invalid UTF-8, bad paths and query parameters. None of them may be accepted.
 */
final class HostileRequests {

    private static final String JSON = "application/json";

    /** A write endpoint and a valid body for it, field by field (values as JSON). */
    private record Endpoint(
            String path, Map<String, String> fields, List<String> enumFields, List<String> codeFields) {}

    private static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint(
                    "/api/membership-applications",
                    fields(
                            "organisationName", "\"Cooperativa Hostil\"",
                            "kind", "\"LOCAL_SSE_NETWORK\"",
                            "country", "\"MX\"",
                            "region", "\"LATIN_AMERICA_AND_CARIBBEAN\"",
                            "city", "\"Puebla\"",
                            "preferredLanguage", "\"SPANISH\""),
                    List.of("kind", "region", "preferredLanguage"),
                    List.of("country")),
            new Endpoint(
                    "/api/ballots",
                    fields(
                            "type", "\"RESOLUTION\"",
                            "title", "\"Adopt the hostile budget\"",
                            "procedure", "\"WRITTEN\"",
                            "closesAt", "\"2031-01-01T00:00:00Z\""),
                    List.of("type", "procedure"),
                    List.of("closesAt")),
            new Endpoint(
                    "/api/committee/seats",
                    fields(
                            "seat",
                            "\"hostile-seat\"",
                            "organisationName",
                            "\"Hostile holder\"",
                            "office",
                            "\"VICE_CHAIR\""),
                    List.of("office"),
                    List.of("seat")),
            new Endpoint(
                    "/api/ballots/" + UUID.nameUUIDFromBytes(new byte[] {1}) + "/votes",
                    fields("seat", "\"seoul-city\"", "choice", "\"YES\""),
                    List.of("choice"),
                    List.of("seat")),
            new Endpoint(
                    "/api/dead-letters/retries", fields("processor", "\"members\""), List.of(), List.of("processor")));

    private static final List<String> INJECTIONS = List.of(
            "' OR '1'='1",
            "'; DROP TABLE domain_event_entry; --",
            "\" OR \"\"=\"",
            "1; SELECT pg_sleep(10)",
            "<script>alert(1)</script>",
            "../../../../etc/passwd",
            "${jndi:ldap://127.0.0.1:1/a}",
            "{{7*7}}",
            "%00",
            "\\u0000",
            "admin'--",
            "$(reboot)",
            "`id`",
            "\r\nSet-Cookie: x=1");

    private static final List<String> WRONG_VALUES = List.of(
            "123",
            "-1.5e308",
            "true",
            "false",
            "[]",
            "{}",
            "[\"a\",1]",
            "{\"nested\":{\"deeper\":[1,2,3]}}",
            "null",
            "\"\"");

    private HostileRequests() {}

    private static Map<String, String> fields(String... pairs) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            fields.put(pairs[i], pairs[i + 1]);
        }
        return fields;
    }

    private static String json(Map<String, String> fields) {
        StringBuilder json = new StringBuilder("{");
        fields.forEach((name, value) -> json.append(json.length() > 1 ? "," : "")
                .append('"')
                .append(name)
                .append("\":")
                .append(value));
        return json.append('}').toString();
    }

    private static String quoted(String text) {
        return "\""
                + text.replace("\\", "\\\\")
                        .replace("\"", "\\\"")
                        .replace("\r", "\\r")
                        .replace("\n", "\\n") + "\"";
    }

    static List<Faults.Hostile> generate(int wanted, Random random) {
        List<Faults.Hostile> all = new ArrayList<>();
        for (Endpoint endpoint : ENDPOINTS) {
            String path = endpoint.path();
            for (String field : endpoint.fields().keySet()) {
                // wrong types (a value that is not the field's type, or empty where something is required)
                for (String wrong : WRONG_VALUES) {
                    if (wrong.equals("null")
                            && !endpoint.codeFields().contains(field)
                            && !endpoint.enumFields().contains(field)) {
                        continue; // only required fields are sure to refuse a null
                    }
                    Map<String, String> body = new LinkedHashMap<>(endpoint.fields());
                    body.put(field, wrong);
                    if (wrong.startsWith("\"")
                            && !endpoint.enumFields().contains(field)
                            && !endpoint.codeFields().contains(field)) {
                        continue; // an empty free text may be valid
                    }
                    all.add(Faults.hostile("POST", path, JSON, json(body), "wrong type " + field + "=" + wrong));
                }
                // missing field
                if (endpoint.enumFields().contains(field)
                        || endpoint.codeFields().contains(field)) {
                    Map<String, String> missing = new LinkedHashMap<>(endpoint.fields());
                    missing.remove(field);
                    all.add(Faults.hostile("POST", path, JSON, json(missing), "missing " + field));
                }
                // unknown enum values and injections in coded fields
                if (endpoint.enumFields().contains(field)) {
                    for (String value : List.of("UNKNOWN", "yes", "0", "LOCAL SSE NETWORK", "Ⅻ", "x".repeat(300))) {
                        Map<String, String> body = new LinkedHashMap<>(endpoint.fields());
                        body.put(field, quoted(value));
                        all.add(Faults.hostile("POST", path, JSON, json(body), "unknown value " + field));
                    }
                }
                if (endpoint.enumFields().contains(field)
                        || endpoint.codeFields().contains(field)) {
                    for (String injection : INJECTIONS) {
                        Map<String, String> body = new LinkedHashMap<>(endpoint.fields());
                        body.put(field, quoted(injection));
                        all.add(Faults.hostile("POST", path, JSON, json(body), "injection in " + field));
                    }
                }
            }
            // unknown fields, with harmless and hostile names
            for (String extra : List.of(
                    "isAdmin",
                    "role",
                    "__proto__",
                    "constructor",
                    "status",
                    "applicationId",
                    "@class",
                    "organisation_name",
                    "Organisationname",
                    "'; DROP TABLE x; --")) {
                Map<String, String> body = new LinkedHashMap<>(endpoint.fields());
                body.put(extra.replace("\"", ""), "true");
                all.add(Faults.hostile("POST", path, JSON, json(body), "unknown field " + extra));
            }
            String valid = json(endpoint.fields());
            // broken JSON
            List<String> broken = new ArrayList<>(List.of(
                    valid.substring(0, valid.length() / 2),
                    valid + "}",
                    valid + " trailing",
                    valid + valid,
                    valid.replace("\"", "'"),
                    valid.replace(":", "="),
                    valid.replace(",", ",,"),
                    "{" + valid,
                    "[" + valid + "]",
                    "\"" + valid + "\"",
                    "{/* comment */" + valid.substring(1),
                    "{\"a\": NaN}",
                    "{\"a\": Infinity}",
                    "{\"a\": 1e99999999}",
                    "",
                    " ",
                    "null",
                    "true",
                    "42",
                    "\uFEFF" + valid.replace("{", "{{"),
                    "[".repeat(5000) + "]".repeat(5000),
                    "{\"a\":".repeat(3000) + "1" + "}".repeat(3000)));
            for (int i = 0; i < 8; i++) {
                // one structural character taken out: a brace, a quote, a colon or a comma
                List<Integer> structural = new ArrayList<>();
                for (int at = 0; at < valid.length(); at++) {
                    if ("{}\":,".indexOf(valid.charAt(at)) >= 0) {
                        structural.add(at);
                    }
                }
                int cut = structural.get(random.nextInt(structural.size()));
                broken.add(valid.substring(0, cut) + valid.substring(cut + 1));
            }
            broken.removeIf(valid::equals);
            for (String body : broken) {
                all.add(Faults.hostile("POST", path, JSON, body, "broken JSON"));
            }
            // wrong content types
            for (String type : List.of(
                    "text/plain",
                    "application/xml",
                    "application/x-www-form-urlencoded",
                    "multipart/form-data; boundary=x",
                    "application/octet-stream",
                    "text/html",
                    "application/json-patch+json",
                    "image/png",
                    "application/yaml",
                    "invalid/type/here")) {
                all.add(Faults.hostile("POST", path, type, valid, "content type " + type));
            }
            all.add(Faults.hostile("POST", path, null, valid, "no content type"));
            all.add(Faults.hostile(
                    "POST", path, "application/xml", "<application><kind>LOCAL</kind></application>", "XML body"));
            all.add(Faults.hostile("POST", path, JSON, "kind=LOCAL&country=MX", "form body as JSON"));
            // wrong methods
            for (String method : List.of("PUT", "PATCH", "DELETE")) {
                all.add(Faults.hostile(method, path, JSON, valid, "method " + method));
            }
            // huge bodies, invalid UTF-8
            all.add(Faults.hostile("POST", path, JSON, hugeString(endpoint, 2 * 1024 * 1024), "2 MB body"));
            all.add(Faults.hostile("POST", path, JSON, hugeString(endpoint, 900 * 1024), "900 kB string field"));
            all.add(Faults.hostile("POST", path, JSON, "[" + "1,".repeat(200_000) + "1]", "400 kB array"));
            byte[] invalid = valid.getBytes(StandardCharsets.UTF_8);
            byte[] corrupted = new byte[invalid.length + 4];
            System.arraycopy(invalid, 0, corrupted, 0, invalid.length - 2);
            corrupted[invalid.length - 2] = (byte) 0xC3;
            corrupted[invalid.length - 1] = (byte) 0x28;
            corrupted[invalid.length] = (byte) 0xFF;
            corrupted[invalid.length + 1] = (byte) 0xFE;
            corrupted[invalid.length + 2] = '"';
            corrupted[invalid.length + 3] = '}';
            all.add(Faults.hostile("POST", path, JSON, corrupted, "invalid UTF-8"));
        }
        // reads with hostile paths and parameters
        for (String injection : INJECTIONS) {
            String encoded = java.net.URLEncoder.encode(injection, StandardCharsets.UTF_8);
            all.add(Faults.hostile(
                    "GET", "/api/membership-applications/" + encoded, null, (String) null, "injection in id"));
            all.add(Faults.hostile(
                    "GET",
                    "/api/membership-applications?status=" + encoded,
                    null,
                    (String) null,
                    "injection in status"));
            all.add(Faults.hostile(
                    "GET", "/api/membership-applications?sort=" + encoded, null, (String) null, "injection in sort"));
            all.add(Faults.hostile(
                    "GET",
                    "/api/audit/entities/" + UUID.randomUUID() + "?asOf=" + encoded,
                    null,
                    (String) null,
                    "injection in asOf"));
            all.add(Faults.hostile("GET", "/api/ballots/" + encoded, null, (String) null, "injection in ballot id"));
            all.add(Faults.hostile(
                    "POST",
                    "/api/membership-applications/" + encoded + "/return",
                    JSON,
                    "{\"reason\": \"x\"}",
                    "injection in path of a command"));
        }
        for (String parameter : List.of(
                "limit=-1",
                "limit=0",
                "limit=100000",
                "limit=abc",
                "offset=-5",
                "offset=1e10",
                "status=UNKNOWN",
                "sort=organisation_name;DROP")) {
            all.add(Faults.hostile(
                    "GET",
                    "/api/membership-applications?" + parameter,
                    null,
                    (String) null,
                    "bad parameter " + parameter));
        }
        all.add(Faults.hostile("GET", "/api/nonesuch", null, (String) null, "unknown route"));
        all.add(Faults.hostile(
                "POST",
                "/api/membership-applications/" + UUID.randomUUID() + "/return",
                JSON,
                "{\"reason\": \"x\"}",
                "command on an application that does not exist"));
        // Fill up to the number wanted with random combinations of the above faults on the submission.
        Endpoint submission = ENDPOINTS.getFirst();
        List<String> names = new ArrayList<>(submission.fields().keySet());
        while (all.size() < wanted) {
            Map<String, String> body = new LinkedHashMap<>(submission.fields());
            String field = submission
                    .enumFields()
                    .get(random.nextInt(submission.enumFields().size()));
            body.put(field, quoted(INJECTIONS.get(random.nextInt(INJECTIONS.size())) + random.nextInt(1000)));
            String other = names.get(random.nextInt(names.size()));
            if (random.nextBoolean()) {
                body.remove(other.equals(field) ? "country" : other);
            } else {
                body.put("unexpected" + random.nextInt(100), WRONG_VALUES.get(random.nextInt(WRONG_VALUES.size())));
            }
            all.add(Faults.hostile("POST", submission.path(), JSON, json(body), "combined faults"));
        }
        return all;
    }

    private static String hugeString(Endpoint endpoint, int size) {
        Map<String, String> body = new LinkedHashMap<>(endpoint.fields());
        String first = endpoint.codeFields().isEmpty()
                ? endpoint.fields().keySet().iterator().next()
                : endpoint.codeFields().getFirst();
        body.put(first, "\"" + "A".repeat(size) + "\"");
        return json(body);
    }
}
