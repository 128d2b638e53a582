package org.gsef.governance.launcher;

/** JSON bodies of the membership commands, as a client sends them. */
final class Applications {

    static final String PATH = "/api/membership-applications";

    private Applications() {}

    static String submission(String organisation, String country, String city) {
        return """
                {"organisationName": "%s", "kind": "LOCAL_GOVERNMENT", "country": "%s", "region": "EUROPE",
                 "city": "%s", "preferredLanguage": "ENGLISH"}""".formatted(organisation, country, city);
    }

    static String vote(String seat, String choice) {
        return """
                {"seat": "%s", "choice": "%s"}""".formatted(seat, choice);
    }
}
