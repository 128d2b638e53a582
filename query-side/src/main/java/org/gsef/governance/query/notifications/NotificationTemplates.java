package org.gsef.governance.query.notifications;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.gsef.governance.kernel.common.OfficialLanguage;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Renders a notification in its recipient's language, in plain text and HTML: the texts of each kind come from the
 * bundles {@code notifications/messages*.properties} (themselves small Mustache templates over the notification's
 * parameters), laid out by {@code notifications/mail.txt.mustache} and {@code mail.html.mustache} (JMustache, which
 * escapes HTML in the HTML one).
 */
@Component
public class NotificationTemplates {

    /** A notification as its recipient reads it. */
    public record Rendered(String subject, String text, String html) {}

    static final JsonMapper JSON = JsonMapper.builder().build();

    private final Mustache.Compiler plain =
            Mustache.compiler().escapeHTML(false).defaultValue("");
    private final Template textLayout;
    private final Template htmlLayout;

    public NotificationTemplates() {
        textLayout = plain.compile(resource("notifications/mail.txt.mustache"));
        htmlLayout = Mustache.compiler().defaultValue("").compile(resource("notifications/mail.html.mustache"));
    }

    private static Reader resource(String name) {
        var stream = NotificationTemplates.class.getClassLoader().getResourceAsStream(name);
        if (stream == null) {
            throw new IllegalStateException("missing template " + name);
        }
        return new InputStreamReader(stream, StandardCharsets.UTF_8);
    }

    static String json(Map<String, ?> params) {
        return JSON.writeValueAsString(params);
    }

    static Map<String, Object> params(String json) {
        return JSON.readValue(json, new TypeReference<Map<String, Object>>() {});
    }

    public Rendered render(OutboxEntry entry, String recipientLabel) {
        return render(entry.kind(), entry.language(), params(entry.params()), entry.link(), recipientLabel);
    }

    public Rendered render(
            NotificationKind kind,
            OfficialLanguage language,
            Map<String, Object> params,
            String link,
            String recipientLabel) {
        ResourceBundle bundle = ResourceBundle.getBundle(
                "notifications/messages",
                language.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        Map<String, Object> context = new HashMap<>(params);
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
                .withLocale(language.locale())
                .withZone(ZoneOffset.UTC);
        if (params.get("closesAt") instanceof String closesAt) {
            context.put("closesAtText", dates.format(Instant.parse(closesAt)) + " UTC");
        }
        if (params.get("outcome") instanceof String outcome) {
            context.put("outcomeText", text(bundle, "outcome." + outcome, outcome));
        }
        if (params.get("stage") instanceof String stage) {
            context.put("stageText", text(bundle, "stage." + stage, stage));
        }
        if (params.get("admissionOf") != null) {
            context.put(
                    "title", plain.compile(bundle.getString("title.admission")).execute(context));
        }
        context.put("recipientLabel", recipientLabel);
        String template = kind.template();
        String subject = plain.compile(bundle.getString(template + ".subject")).execute(context);
        List<String> lines = new ArrayList<>();
        lines.add(plain.compile(bundle.getString(template + ".body")).execute(context));
        if (params.get("items") instanceof List<?> items) {
            items.forEach(item -> lines.add("- " + item));
        }
        Map<String, Object> layout = new HashMap<>();
        layout.put("lang", language.locale().getLanguage());
        layout.put("subject", subject);
        layout.put("greeting", bundle.getString("greeting"));
        layout.put("lines", lines);
        layout.put("action", bundle.getString(template + ".action"));
        layout.put("link", link);
        layout.put("footer", plain.compile(bundle.getString("footer")).execute(context));
        return new Rendered(subject, textLayout.execute(layout), htmlLayout.execute(layout));
    }

    /** How a contact person is named in the footer of their messages, in their language. */
    public String contactLabel(OfficialLanguage language) {
        return ResourceBundle.getBundle(
                        "notifications/messages",
                        language.locale(),
                        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
                .getString("recipient.contact");
    }

    private static String text(ResourceBundle bundle, String key, String fallback) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return fallback;
        }
    }
}
