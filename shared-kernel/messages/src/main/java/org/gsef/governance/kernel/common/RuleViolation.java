package org.gsef.governance.kernel.common;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A request refused by a rule of governance or of access, such as a second vote from one seat or a role that may not
 * act. The {@link #refusal()} selects the message shown to the caller in their language and its HTTP status; the
 * arguments fill that message (an enum argument is shown in the caller's language too). A refusal that names a record
 * the caller may want to act on (the member an applicant already is) also carries it as a property.
 */
public class RuleViolation extends RuntimeException {

    private final Refusal refusal;
    private final List<Object> arguments;
    private final Map<String, Object> properties = new LinkedHashMap<>();

    public RuleViolation(Refusal refusal, String message, Object... arguments) {
        super(message);
        this.refusal = Require.present(refusal, "refusal");
        this.arguments = List.of(arguments);
    }

    public Refusal refusal() {
        return refusal;
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
