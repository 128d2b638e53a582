package org.gsef.governance.kernel.common;

import java.util.Locale;

/** The three official languages of GSEF. */
public enum OfficialLanguage {
    ENGLISH(Locale.ENGLISH),
    FRENCH(Locale.FRENCH),
    SPANISH(Locale.of("es"));

    private final Locale locale;

    OfficialLanguage(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }
}
