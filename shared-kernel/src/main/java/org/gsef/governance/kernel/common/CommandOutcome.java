package org.gsef.governance.kernel.common;

/**
 * What a command handler answers when a refusal is itself recorded as an event: the refusal cannot be an exception,
 * since that would roll back the event that records it.
 */
public record CommandOutcome(boolean accepted, String refusalCode) {

    public static final CommandOutcome ACCEPTED = new CommandOutcome(true, null);

    public static CommandOutcome refused(String code) {
        return new CommandOutcome(false, Require.text(code, "code"));
    }

    /** Throws {@link AccessRefused} when the command was refused. */
    public void requireAccepted() {
        if (!accepted) {
            throw new AccessRefused(refusalCode, "refused: " + refusalCode);
        }
    }
}
