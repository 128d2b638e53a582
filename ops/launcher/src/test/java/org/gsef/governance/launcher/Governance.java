package org.gsef.governance.launcher;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.gsef.governance.platform.testing.Api;

/** Sets up governance through the real API, as the people who would do it: a Committee, applications, ballots. */
final class Governance {

    /** Five of the 2019 seats: enough for quorum, majority and proxy cases. */
    static final List<String> SEATS = List.of("seoul-city", "bilbao-city", "ripess", "avpn", "apay");

    private Governance() {}

    /** The seat held with the office of chair; its appointed delegate is the demo account {@code chair}. */
    static final String CHAIR_SEAT = "seoul-city";

    /**
     * Establishes the seats and appoints their delegates (once per database: an existing seat answers 409, and
     * appointing the same delegate again changes nothing).
     */
    static void establishCommittee(Api api) {
        Api secretariat = api.as("secretariat");
        for (String seat : SEATS) {
            String office = seat.equals(CHAIR_SEAT) ? "CHAIR" : "VICE_CHAIR";
            Api.Response response = secretariat.post("/api/committee/seats", """
                    {"seat": "%s", "organisationName": "Holder of %s", "office": "%s"}""".formatted(seat, seat, office));
            if (response.status() != 201 && response.status() != 409) {
                throw new AssertionError("seat " + seat + ": " + response);
            }
            appoint(api, seat, delegateOf(seat));
        }
    }

    /** The demo account the Committee appoints to the seat: the chair for the chair's seat, else the one named after it. */
    static String delegateOf(String seat) {
        return seat.equals(CHAIR_SEAT) ? "chair" : seat;
    }

    static void appoint(Api api, String seat, String user) {
        expect(202, api.as("secretariat").send("PUT", "/api/committee/seats/" + seat + "/delegate", """
                {"delegateUserId": "%s"}""".formatted(
                        user)));
    }

    /** A deadline a written procedure may have under the default standing rules (seven days at the least). */
    static Instant writtenDeadline() {
        return Instant.now().plus(Duration.ofDays(8));
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
        return submitted.json().get("id").asString();
    }

    /** Puts the application to the Committee by written procedure; returns the ballot's identifier. */
    static String writtenAdmissionBallot(Api api, String applicationId, Instant closesAt) {
        Api.Response opened =
                api.as("chair").post(Applications.PATH + "/" + applicationId + "/ballot", """
                        {"procedure": "WRITTEN", "closesAt": "%s"}""".formatted(closesAt));
        expect(201, opened);
        return opened.json().get("id").asString();
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
