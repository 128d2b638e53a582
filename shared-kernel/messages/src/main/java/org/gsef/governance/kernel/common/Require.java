package org.gsef.governance.kernel.common;

/** Argument checks for message constructors: a malformed message never reaches an aggregate. */
public final class Require {

    private Require() {}

    /** The value, or an {@link IllegalArgumentException} (a 400 at the API) when it is missing. */
    public static <T> T present(T value, String name) {
        if (value == null) {
            throw new IllegalArgumentException(name + " is required");
        }
        return value;
    }

    public static String text(String value, String name) {
        return text(value, name, 200);
    }

    public static String text(String value, String name, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
        if (value.length() > maxLength) {
            throw new IllegalArgumentException(name + " must be at most " + maxLength + " characters");
        }
        return value;
    }
}
