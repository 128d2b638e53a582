package org.gsef.governance.kernel.common;

/**
 * A request refused because of who sent it. The {@link #code()} selects the message shown to the caller; it says what
 * was refused, never anything that would help guess accounts or data that exist.
 */
public class AccessRefused extends RuntimeException {

    private final String code;

    public AccessRefused(String code, String message) {
        super(message);
        this.code = Require.text(code, "code");
    }

    public String code() {
        return code;
    }
}
