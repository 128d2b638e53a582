package org.gsef.governance.kernel.common;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A request that a governance rule refuses, such as a second vote from one seat. The {@link #code()} names the rule
 * and selects the message shown to the caller in their language; the arguments fill that message. A refusal that
 * names a record the caller may want to act on (the member an applicant already is) also carries it as a property.
 */
public class RuleViolation extends RuntimeException {

    private final String code;
    private final List<Object> arguments;
    private final Map<String, Object> properties = new LinkedHashMap<>();

    public RuleViolation(String code, String message, Object... arguments) {
        super(message);
        this.code = Require.text(code, "code");
        this.arguments = List.of(arguments);
    }

    public String code() {
        return code;
    }

    public List<Object> arguments() {
        return arguments;
    }

    /** Adds a value the caller can read as such, beside the message (a property of the problem at the API). */
    public RuleViolation with(String name, Object value) {
        properties.put(Require.text(name, "name"), Require.present(value, name));
        return this;
    }

    public Map<String, Object> properties() {
        return Collections.unmodifiableMap(properties);
    }
}
