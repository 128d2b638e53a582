package org.gsef.governance.launcher;

import java.time.Instant;
import java.util.List;
import org.gsef.governance.platform.testing.Api;

/** Sets up governance through the real API, as the people who would do it: a Committee, applications, ballots. */
final class Governance {

    /** Five of the 2019 seats: enough for quorum, majority and proxy cases. */
    static final List<String> SEATS = List.of("seoul-city", "bilbao-city", "ripess", "avpn", "apay");

    private Governance() {}

    /** Establishes the seats (once per database: an existing seat answers 409). */
    static void establishCommittee(Api api) {
        Api secretariat = api.as("secretariat");
        for (String seat : SEATS) {
            Api.Response response = secretariat.post("/api/committee/seats", """
                    {"seat": "%s", "organisationName": "Holder of %s", "office": "VICE_CHAIR"}""".formatted(seat, seat));
            if (response.status() != 201 && response.status() != 409) {
                throw new AssertionError("seat " + seat + ": " + response);
            }
        }
    }

    /** Submits and reviews an application; returns its identifier. */
    static String reviewedApplication(Api api, String organisation, String country, String city) {
        Api secretariat = api.as("secretariat");
        String id = submitted(secretariat, Applications.submission(organisation, country, city));
        expect(202, secretariat.post(Applications.PATH + "/" + id + "/review", ""));
        return id;
    }

    static String submitted(Api secretariat, String json) {
        Api.Response submitted = secretariat.post(Applications.PATH, json);
        expect(201, submitted);
        return submitted.json().get("applicationId").asString();
    }

    /** Puts the application to the Committee by written procedure; returns the ballot's identifier. */
    static String writtenAdmissionBallot(Api api, String applicationId, Instant closesAt) {
        Api.Response opened =
                api.as("chair").post(Applications.PATH + "/" + applicationId + "/ballot", """
                        {"procedure": "WRITTEN", "closesAt": "%s"}""".formatted(closesAt));
        expect(201, opened);
        return opened.json().get("ballotId").asString();
    }

    static Api.Response vote(Api api, String asSeat, String ballot, String forSeat, String choice) {
        return api.as(asSeat).post("/api/ballots/" + ballot + "/votes", """
                        {"seat": "%s", "choice": "%s"}""".formatted(forSeat, choice));
    }

    static void expect(int status, Api.Response response) {
        if (response.status() != status) {
            throw new AssertionError("expected " + status + ", got " + response);
        }
    }
}
