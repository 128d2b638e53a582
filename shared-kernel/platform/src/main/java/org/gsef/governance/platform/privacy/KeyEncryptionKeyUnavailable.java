package org.gsef.governance.platform.privacy;

/**
 * The start stops: the personal-data keys in the database are wrapped under a key-encryption key this process does not
 * have (its file is missing, or another key was given). Reported at start with what to do
 * ({@link KeyEncryptionKeyFailureAnalyzer}).
 */
public class KeyEncryptionKeyUnavailable extends IllegalStateException {

    private final String action;

    KeyEncryptionKeyUnavailable(String description, String action) {
        super(description);
        this.action = action;
    }

    public String action() {
        return action;
    }
}
