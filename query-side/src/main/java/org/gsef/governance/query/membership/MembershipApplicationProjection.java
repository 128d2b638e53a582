package org.gsef.governance.query.membership;

import static org.gsef.governance.query.readmodel.Rows.timestamp;

import java.util.HashMap;
import java.util.Map;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.gsef.governance.kernel.membership.AdmissionDecided;
import org.gsef.governance.kernel.membership.AdmissionVoteCast;
import org.gsef.governance.kernel.membership.ApplicationStatus;
import org.gsef.governance.kernel.membership.MembershipApplicationSubmitted;
import org.gsef.governance.query.readmodel.Rows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Builds the membership application read model: status, votes by seat, and the decision. */
@Component
@ProcessingGroup(MembershipApplicationProjection.PROCESSOR)
public class MembershipApplicationProjection {

    public static final String PROCESSOR = "membership-applications";

    private final JdbcClient jdbc;

    public MembershipApplicationProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(MembershipApplicationSubmitted event) {
        Map<String, Object> row = new HashMap<>();
        row.put("id", event.applicationId());
        row.put("name", event.organisationName());
        row.put("kind", event.kind().name());
        row.put("country", event.country());
        row.put("region", event.region().name());
        row.put("city", event.city());
        row.put("language", event.preferredLanguage().name());
        row.put("status", ApplicationStatus.SUBMITTED.name());
        row.put("submittedAt", timestamp(event.submittedAt()));
        Rows.upsert(jdbc, """
                UPDATE membership_application_view
                   SET organisation_name = :name, kind = :kind, country = :country, region = :region, city = :city,
                       preferred_language = :language, submitted_at = :submittedAt
                 WHERE application_id = :id""", """
                INSERT INTO membership_application_view
                       (application_id, organisation_name, kind, country, region, city, preferred_language, status,
                        submitted_at)
                VALUES (:id, :name, :kind, :country, :region, :city, :language, :status, :submittedAt)""", row);
    }

    @EventHandler
    void on(AdmissionVoteCast event) {
        Rows.upsert(
                jdbc,
                """
                UPDATE admission_vote_view SET choice = :choice, cast_at = :castAt
                 WHERE application_id = :id AND seat = :seat""",
                """
                INSERT INTO admission_vote_view (application_id, seat, choice, cast_at)
                VALUES (:id, :seat, :choice, :castAt)""",
                Map.of(
                        "id", event.applicationId(),
                        "seat", event.seat(),
                        "choice", event.choice().name(),
                        "castAt", timestamp(event.castAt())));
    }

    @EventHandler
    void on(AdmissionDecided event) {
        jdbc.sql("""
                        UPDATE membership_application_view
                           SET status = :status, decided_at = :decidedAt, decision_rule = :rule
                         WHERE application_id = :id""")
                .param(
                        "status",
                        ApplicationStatus.valueOf(event.outcome().name()).name())
                .param("decidedAt", timestamp(event.decidedAt()))
                .param("rule", event.rule())
                .param("id", event.applicationId())
                .update();
    }

    @ResetHandler
    void reset() {
        jdbc.sql("DELETE FROM admission_vote_view").update();
        jdbc.sql("DELETE FROM membership_application_view").update();
    }
}
