package org.gsef.governance.kernel.common;

/**
 * What a command handler answers when a refusal is itself recorded as an event: the refusal cannot be an exception,
 * since that would roll back the event that records it.
 */
public record CommandOutcome(boolean accepted, String refusalCode) {

    public static final CommandOutcome ACCEPTED = new CommandOutcome(true, null);

    public static CommandOutcome refused(Refusal refusal) {
        return new CommandOutcome(false, refusal.code());
    }

    /** Throws the {@link RuleViolation} of the refusal when the command was refused. */
    public void requireAccepted() {
        if (!accepted) {
            throw new RuleViolation(Refusal.ofCode(refusalCode), "refused: " + refusalCode);
        }
    }
}
