package org.gsef.governance.platform.web;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/** Builds RFC 9457 problem details whose title and detail come from the message bundle, in the caller's language. */
@Component
public class Problems {

    public static final String TYPE_PREFIX = "urn:gsef:problem:";

    private final MessageSource messages;

    public Problems(MessageSource messages) {
        this.messages = messages;
    }

    /**
     * @param code selects {@code problem.<code>.title} and {@code problem.<code>.detail}; a dotted code such as
     *     {@code forbidden.not-delegate-of-seat} falls back to the messages of {@code forbidden}
     * @param fallbackDetail used when the bundle has no detail for the code or its prefixes
     */
    public ProblemDetail create(
            HttpStatusCode status, String code, Object[] arguments, String fallbackDetail, Locale locale) {
        ProblemDetail body = ProblemDetail.forStatus(status);
        body.setType(URI.create(TYPE_PREFIX + code));
        body.setTitle(message(code, "title", null, code, locale));
        body.setDetail(message(code, "detail", translated(arguments, locale), fallbackDetail, locale));
        body.setProperty("code", code);
        return body;
    }

    public ProblemDetail create(HttpStatusCode status, String code, Locale locale) {
        return create(status, code, new Object[0], null, locale);
    }

    /**
     * The arguments as the caller reads them: an enum value (a status such as {@code WITHDRAWN}) by its name in the
     * caller's language, from {@code enum.<Type>.<VALUE>} in the bundle.
     */
    private Object[] translated(Object[] arguments, Locale locale) {
        if (arguments == null) {
            return null;
        }
        Object[] translated = arguments.clone();
        for (int i = 0; i < translated.length; i++) {
            if (translated[i] instanceof Enum<?> value) {
                String key = "enum." + value.getDeclaringClass().getSimpleName() + "." + value.name();
                translated[i] = messages.getMessage(key, null, value.name(), locale);
            }
        }
        return translated;
    }

    private String message(String code, String part, Object[] arguments, String fallback, Locale locale) {
        for (String candidate = code; ; candidate = candidate.substring(0, candidate.lastIndexOf('.'))) {
            String found = messages.getMessage("problem." + candidate + "." + part, arguments, null, locale);
            if (found != null) {
                return found;
            }
            if (candidate.indexOf('.') < 0) {
                return fallback;
            }
        }
    }

    /** The problem as a JSON object, for responses written outside Spring MVC (the security filters). */
    public static Map<String, Object> asMap(ProblemDetail problem, String instance) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("type", problem.getType().toString());
        json.put("title", problem.getTitle());
        json.put("status", problem.getStatus());
        json.put("detail", problem.getDetail());
        json.put("instance", instance);
        if (problem.getProperties() != null) {
            json.putAll(problem.getProperties());
        }
        return json;
    }
}
