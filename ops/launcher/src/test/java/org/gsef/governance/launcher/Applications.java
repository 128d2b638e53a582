package org.gsef.governance.launcher;

import java.util.UUID;

/** JSON bodies of the membership commands, as a client sends them. */
final class Applications {

    static final String PATH = "/api/membership-applications";

    private Applications() {}

    static String submission(String organisation, String country, String city) {
        return """
                {"organisationName": "%s", "kind": "LOCAL_GOVERNMENT", "country": "%s", "region": "EUROPE",
                 "city": "%s", "preferredLanguage": "ENGLISH"}""".formatted(organisation, country, city);
    }

    /**
     * A name no other submission of the run uses, for a test that submits again and again: an organisation is a member,
     * or applies, once.
     */
    static String unique(String organisation) {
        return organisation + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    static String vote(String seat, String choice) {
        return """
                {"seat": "%s", "choice": "%s"}""".formatted(seat, choice);
    }
}
