package org.gsef.governance.kernel.common;

import java.util.List;

/**
 * A request that a governance rule refuses, such as a second vote from one seat. The {@link #code()} names the rule
 * and selects the message shown to the caller in their language; the arguments fill that message.
 */
public class RuleViolation extends RuntimeException {

    private final String code;
    private final List<Object> arguments;

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
}
