package org.gsef.governance.kernel.common;

import java.util.List;

/**
 * A request refused by a rule of governance or of access, such as a second vote from one seat or a role that may not
 * act. The {@link #refusal()} selects the message shown to the caller in their language and its HTTP status; the
 * arguments fill that message (an enum argument is shown in the caller's language too).
 */
public class RuleViolation extends RuntimeException {

    private final Refusal refusal;
    private final List<Object> arguments;

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
}
