package org.gsef.governance.kernel.common;

import java.util.Objects;

/** Argument checks for message constructors: a malformed message never reaches an aggregate. */
public final class Require {

    private Require() {}

    public static <T> T present(T value, String name) {
        return Objects.requireNonNull(value, () -> name + " is required");
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
