package org.gsef.governance.query.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gsef.governance.query.audit.DecisionRecord.Decision;
import org.gsef.governance.query.audit.DecisionRecord.Recorded;
import org.springframework.stereotype.Component;

/**
 * A decision explained, as a PDF in the reader's language (English, French or Spanish): what the page shows (the
 * outcome, the subject and its dossier, the rule in force and its origin, the electorate, every vote and change, every
 * refused attempt, the count step by step) and, for each event, its position in the store, its link in the hash chain
 * and its entity and chain hashes, with the signed checkpoint that covers them and the public key, so that an outsider
 * can check it against an audit bundle. The words are the pages' own ({@code audit/decision-words.json}, written from
 * {@code i18n.js} by {@code ops/lib/decision-words.js}).
 */
@Component
public class DecisionPdf {

    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");

    private final JsonNode words;

    public DecisionPdf() {
        try (InputStream in = DecisionPdf.class.getResourceAsStream("/audit/decision-words.json")) {
            this.words = JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The languages the file is written in; any other is answered in English. */
    public static String language(Locale locale) {
        String language = locale == null ? "en" : locale.getLanguage();
        return language.equals("fr") || language.equals("es") ? language : "en";
    }

    /** Writes the decision as a PDF in {@code locale}'s language, exported by {@code reader}. */
    public void write(Decision decision, Locale locale, String reader, OutputStream out) throws IOException {
        String html = new Page(decision, language(locale), reader).html();
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.withHtmlContent(html, null);
        builder.toStream(out);
        builder.run();
    }

    /** The XHTML the PDF is rendered from; also what the tests read. */
    String html(Decision decision, Locale locale, String reader) {
        return new Page(decision, language(locale), reader).html();
    }

    private final class Page {

        private final Decision decision;
        private final String language;
        private final Locale locale;
        private final String reader;
        private final StringBuilder out = new StringBuilder();

        Page(Decision decision, String language, String reader) {
            this.decision = decision;
            this.language = language;
            this.locale = Locale.forLanguageTag(language);
            this.reader = reader;
        }

        String t(String key, Object... values) {
            JsonNode word = words.path(language).path(key);
            String text = word.isTextual() ? word.asText() : key;
            Matcher matcher = PLACEHOLDER.matcher(text);
            StringBuilder filled = new StringBuilder();
            while (matcher.find()) {
                String replacement = matcher.group();
                for (int i = 0; i + 1 < values.length; i += 2) {
                    if (values[i].equals(matcher.group(1))) {
                        replacement = String.valueOf(values[i + 1]);
                    }
                }
                matcher.appendReplacement(filled, Matcher.quoteReplacement(replacement));
            }
            matcher.appendTail(filled);
            return filled.toString();
        }

        /** An enumeration's value in words, or the value itself when the pages have no words for it. */
        String label(JsonNode value) {
            if (value == null || value.isNull() || value.isMissingNode()) {
                return "—";
            }
            String key = "enum." + value.asText();
            return words.path(language).has(key) ? t(key) : value.asText();
        }

        String eventName(String type) {
            return words.path(language).has("evname." + type) ? t("evname." + type) : type;
        }

        String instant(JsonNode value) {
            if (value == null || !value.isTextual()) {
                return "—";
            }
            return instant(Instant.parse(value.asText()));
        }

        String instant(Instant value) {
            return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                            .withLocale(locale)
                            .withZone(ZoneOffset.UTC)
                            .format(value)
                    + " UTC";
        }

        String instant(OffsetDateTime value) {
            return value == null ? "—" : instant(value.toInstant());
        }

        String actor(Recorded recorded) {
            var event = recorded.event();
            if (event.actorId() == null) {
                return "—";
            }
            List<String> parts = new ArrayList<>();
            parts.add(event.actorId());
            if (event.actorSeat() != null) {
                parts.add(event.actorSeat());
            }
            return String.join(" · ", parts);
        }

        List<Recorded> of(String type) {
            return decision.ballot().stream()
                    .filter(r -> r.event().eventType().equals(type))
                    .toList();
        }

        String html() {
            JsonNode opened =
                    of("BallotOpened").stream().findFirst().map(r -> content(r)).orElse(JSON.createObjectNode());
            JsonNode closed =
                    of("BallotClosed").stream().findFirst().map(r -> content(r)).orElse(null);
            String title = text(opened.path("subject").path("title"), decision.ballotId());
            out.append("<!DOCTYPE html>\n<html lang=\"")
                    .append(language)
                    .append("\"><head><meta charset=\"UTF-8\"/><title>")
                    .append(escape(t("decision.titleOf", "title", title)))
                    .append("</title><style>")
                    .append("""
                            @page { size: A4; margin: 18mm 15mm;
                              @bottom-right { content: counter(page) " / " counter(pages); font-size: 8pt; } }
                            body { font-family: sans-serif; font-size: 9.5pt; color: #111; }
                            h1 { font-size: 16pt; margin: 0 0 4pt 0; } h2 { font-size: 12pt; margin: 14pt 0 4pt 0;
                              border-bottom: 1px solid #888; } h3 { font-size: 10pt; margin: 8pt 0 3pt 0; }
                            table { width: 100%; border-collapse: collapse; margin: 3pt 0; -fs-table-paginate: paginate; }
                            th, td { border: 1px solid #aaa; padding: 2pt 3pt; text-align: left; vertical-align: top; }
                            th { background: #eee; } .muted { color: #444; font-size: 8.5pt; }
                            .hash { font-family: monospace; font-size: 6.5pt; word-wrap: break-word; }
                            pre { font-family: monospace; font-size: 7pt; white-space: pre-wrap; }
                            .outcome { font-size: 13pt; font-weight: bold; }
                            """)
                    .append("</style></head><body>");
            out.append("<h1>")
                    .append(escape(t("decision.titleOf", "title", title)))
                    .append("</h1>");
            paragraph(
                    "muted",
                    t(
                            "pdf.exported",
                            "at",
                            instant(decision.exportedAt()),
                            "reader",
                            reader,
                            "ballot",
                            decision.ballotId()));

            heading(t("decision.outcome"));
            if (closed == null) {
                paragraph(null, t("decision.notClosed"));
            } else {
                paragraph("outcome", label(closed.path("outcome")) + " · " + label(closed.path("reason")));
                paragraph(null, t("decision.closedAt", "at", instant(closed.path("at"))));
                List<Recorded> statements = of("DecisionStatementRecorded");
                if (!statements.isEmpty()) {
                    JsonNode statement = content(statements.getLast()).path("statement");
                    String wanted = Map.of("en", "ENGLISH", "fr", "FRENCH", "es", "SPANISH")
                            .get(language);
                    paragraph(null, text(statement.path(wanted), text(statement.path("ENGLISH"), "")));
                }
            }

            heading(t("decision.subject"));
            JsonNode subject = opened.path("subject");
            paragraph(
                    null, label(subject.path("type")) + " · " + title + " · " + text(subject.path("referenceId"), "—"));
            events(t("pdf.dossier"), decision.dossier());

            heading(t("decision.rule"));
            paragraph(null, ruleText(opened.path("rule")));
            if (text(opened.path("ruleAdoptedBy"), null) != null) {
                paragraph(
                        null,
                        t("decision.ruleAdoptedBy") + " "
                                + opened.path("ruleAdoptedBy").asText());
                events(t("pdf.ruleOrigin"), decision.ruleOrigin());
            } else {
                paragraph(null, t("decision.initialRules"));
            }
            String procedure = opened.path("procedure").asText();
            paragraph(null, t("decision.procedure", "procedure", t("procedure." + procedure)));

            heading(t("decision.electorate"));
            List<String[]> electorate = new ArrayList<>();
            electorate.add(new String[] {t("decision.entitled"), joined(opened.path("electorate"), "—")});
            electorate.add(new String[] {t("decision.present"), joined(opened.path("present"), t("decision.written"))});
            List<String> proxies = new ArrayList<>();
            opened.path("proxies")
                    .properties()
                    .forEach(proxy -> proxies.add(t(
                            "decision.proxy",
                            "seat",
                            proxy.getKey(),
                            "holder",
                            proxy.getValue().asText())));
            electorate.add(new String[] {t("decision.proxies"), proxies.isEmpty() ? "—" : String.join("; ", proxies)});
            electorate.add(new String[] {t("decision.recused"), joined(opened.path("recused"), "—")});
            table(null, electorate);

            heading(t("decision.votes"));
            List<String[]> votes = new ArrayList<>();
            for (Recorded vote : decision.ballot()) {
                String type = vote.event().eventType();
                if (!type.equals("VoteCast") && !type.equals("VoteChanged")) {
                    continue;
                }
                JsonNode c = content(vote);
                String choice = label(c.path("choice"))
                        + (type.equals("VoteChanged")
                                ? " (" + t("pdf.previous", "previous", label(c.path("previous"))) + ")"
                                : "");
                String castBy = text(c.path("castBy"), null);
                String who = castBy != null && !castBy.equals(c.path("seat").asText())
                        ? t("decision.byProxy", "holder", castBy) + " · " + actor(vote)
                        : actor(vote);
                votes.add(new String[] {
                    instant(c.path("at")),
                    c.path("seat").asText(),
                    t("pdf.vote", "event", eventName(type), "choice", choice),
                    who,
                    text(c.path("reason"), "—"),
                    String.valueOf(vote.event().position())
                });
            }
            table(
                    new String[] {
                        t("audit.col.when"),
                        t("col.seat"),
                        t("pdf.choice"),
                        t("audit.col.who"),
                        t("col.reason"),
                        t("audit.col.position")
                    },
                    votes);

            heading(t("decision.refused"));
            List<String[]> refused = new ArrayList<>();
            for (Recorded attempt : of("VoteRefused")) {
                JsonNode c = content(attempt);
                String reason = c.path("reason").asText();
                refused.add(new String[] {
                    instant(c.path("at")),
                    c.path("seat").asText(),
                    words.path(language).has("refusal." + reason) ? t("refusal." + reason) : reason,
                    text(c.path("attemptedBy"), actor(attempt))
                });
            }
            table(new String[] {t("audit.col.when"), t("col.seat"), t("col.reason"), t("audit.col.who")}, refused);

            heading(t("decision.count"));
            if (closed == null) {
                paragraph(null, t("decision.notClosed"));
            } else {
                countSteps(closed);
            }

            heading(t("decision.chain"));
            Object coveredBy =
                    decision.coveredBy() == null ? null : decision.coveredBy().chainSeq();
            paragraph(
                    null,
                    coveredBy == null
                            ? t("decision.notCovered")
                            : t(
                                    "decision.coveredBy",
                                    "seq",
                                    coveredBy,
                                    "at",
                                    instant(Instant.parse(decision.coveredBy().takenAt()))));
            if (decision.coveredBy() != null) {
                out.append("<p class=\"hash\">")
                        .append(escape(decision.coveredBy().chainHash()))
                        .append("</p>");
            }
            paragraph(null, t("pdf.howToCheck"));
            chain(t("pdf.ballot"), decision.ballot());
            chain(t("pdf.dossier"), decision.dossier());
            chain(t("pdf.ruleOrigin"), decision.ruleOrigin());
            out.append("<h3>").append(escape(t("pdf.publicKey"))).append("</h3><pre>");
            out.append(escape(decision.publicKey())).append("</pre>");
            out.append("</body></html>");
            return out.toString();
        }

        private void countSteps(JsonNode closed) {
            List<String> steps = new ArrayList<>();
            steps.add(
                    t("count.electorate", "count", closed.path("electorateSize").asInt()));
            int required = closed.path("quorumRequired").asInt();
            int reached = closed.path("quorumReached").asInt();
            steps.add(t(
                    "count.quorum",
                    "required",
                    required,
                    "reached",
                    reached,
                    "met",
                    reached >= required ? t("count.met") : t("count.notMet")));
            JsonNode tally = closed.path("tally");
            steps.add(t(
                    "count.tally",
                    "yes",
                    tally.path("yes").asInt(),
                    "no",
                    tally.path("no").asInt(),
                    "abstain",
                    tally.path("abstain").asInt()));
            steps.add(t(
                    "count.majority",
                    "rule",
                    t("rule.majority." + closed.path("rule").path("majority").asText())));
            if (text(closed.path("castingVote"), null) != null) {
                steps.add(t("count.casting", "choice", label(closed.path("castingVote"))));
            }
            steps.add(t(
                    "count.result", "reason", label(closed.path("reason")), "outcome", label(closed.path("outcome"))));
            steps.add(t(
                    "count.closedBy",
                    "by",
                    t("closedBy." + closed.path("closedBy").asText()),
                    "at",
                    instant(closed.path("at"))));
            out.append("<ol>");
            steps.forEach(step -> out.append("<li>").append(escape(step)).append("</li>"));
            out.append("</ol>");
        }

        private String ruleText(JsonNode rule) {
            if (rule.isMissingNode() || rule.isNull()) {
                return "—";
            }
            return String.join(
                    " · ",
                    t("rule.quorum." + rule.path("quorum").asText()),
                    t("rule.majority." + rule.path("majority").asText()),
                    t("rule.tie." + rule.path("tie").asText()));
        }

        private void events(String caption, List<Recorded> events) {
            out.append("<h3>").append(escape(caption)).append("</h3>");
            table(
                    new String[] {t("audit.col.position"), t("audit.col.what"), t("audit.col.who"), t("audit.col.when")
                    },
                    events.stream()
                            .map(r -> new String[] {
                                String.valueOf(r.event().position()),
                                eventName(r.event().eventType()),
                                actor(r),
                                instant(r.event().occurredAt())
                            })
                            .toList());
        }

        private void chain(String caption, List<Recorded> events) {
            if (events.isEmpty()) {
                return;
            }
            out.append("<h3>").append(escape(caption)).append("</h3>");
            out.append("<table><thead><tr>");
            for (String column : new String[] {
                t("audit.col.position"),
                t("audit.col.what"),
                t("audit.col.link"),
                t("pdf.entityHash"),
                t("audit.col.chainHash")
            }) {
                out.append("<th>").append(escape(column)).append("</th>");
            }
            out.append("</tr></thead><tbody>");
            Function<String, String> hash =
                    value -> "<td class=\"hash\">" + escape(value == null ? "—" : value) + "</td>";
            for (Recorded r : events) {
                out.append("<tr><td>")
                        .append(r.event().position())
                        .append("</td><td>")
                        .append(escape(eventName(r.event().eventType())))
                        .append("</td><td>")
                        .append(r.link() == null ? "—" : String.valueOf(r.link().chainSeq()))
                        .append("</td>")
                        .append(hash.apply(r.link() == null ? null : r.link().entityHash()))
                        .append(hash.apply(r.link() == null ? null : r.link().chainHash()))
                        .append("</tr>");
            }
            out.append("</tbody></table>");
        }

        private void heading(String text) {
            out.append("<h2>").append(escape(text)).append("</h2>");
        }

        private void paragraph(String style, String text) {
            out.append(style == null ? "<p>" : "<p class=\"" + style + "\">")
                    .append(escape(text))
                    .append("</p>");
        }

        private void table(String[] columns, List<String[]> rows) {
            if (rows.isEmpty()) {
                out.append("<p class=\"muted\">—</p>");
                return;
            }
            out.append("<table>");
            if (columns != null) {
                out.append("<thead><tr>");
                for (String column : columns) {
                    out.append("<th>").append(escape(column)).append("</th>");
                }
                out.append("</tr></thead>");
            }
            out.append("<tbody>");
            for (String[] row : rows) {
                out.append("<tr>");
                for (int i = 0; i < row.length; i++) {
                    out.append(columns == null && i == 0 ? "<th>" : "<td>")
                            .append(escape(row[i]))
                            .append(columns == null && i == 0 ? "</th>" : "</td>");
                }
                out.append("</tr>");
            }
            out.append("</tbody></table>");
        }
    }

    private static JsonNode content(Recorded recorded) {
        try {
            String content = recorded.event().content();
            return content == null ? JSON.createObjectNode() : JSON.readTree(content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(JsonNode node, String otherwise) {
        return node == null || node.isMissingNode() || node.isNull() ? otherwise : node.asText();
    }

    private static String joined(JsonNode values, String otherwise) {
        List<String> all = new ArrayList<>();
        values.forEach(value -> all.add(value.asText()));
        return all.isEmpty() ? otherwise : String.join(", ", all);
    }

    /** Text made safe inside XHTML: the five characters XML gives a meaning, and no control characters. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder escaped = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> {
                    if (c >= 0x20 || c == '\n' || c == '\t') {
                        escaped.appendCodePoint(c);
                    }
                }
            }
        });
        return escaped.toString();
    }
}
