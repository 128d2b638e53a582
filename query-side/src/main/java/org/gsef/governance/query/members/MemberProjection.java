package org.gsef.governance.query.members;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.gsef.governance.kernel.membership.MemberEvent.MemberAdmitted;
import org.gsef.governance.kernel.membership.MemberEvent.MemberImported;
import org.gsef.governance.kernel.membership.MemberEvent.MemberLeft;
import org.gsef.governance.kernel.membership.MemberEvent.MemberReinstated;
import org.gsef.governance.kernel.membership.MemberEvent.MemberSuspended;
import org.gsef.governance.kernel.membership.MemberStatus;
import org.gsef.governance.kernel.membership.Organisation;
import org.gsef.governance.kernel.membership.RegisterCommand;
import org.gsef.governance.kernel.membership.RegisterEvent.OpeningBalanceRecorded;
import org.gsef.governance.query.readmodel.Rows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Builds the member register, which the membership count is computed from. */
@Component
@ProcessingGroup(MemberProjection.PROCESSOR)
public class MemberProjection {

    public static final String PROCESSOR = "members";

    private final JdbcClient jdbc;

    public MemberProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(MemberAdmitted event, @SequenceNumber long version) {
        Map<String, Object> row = row(event.memberId(), event.organisation(), event.admittedOn(), "ADMISSION", version);
        row.put("application", event.applicationId());
        row.put("ballot", event.ballotId());
        row.put("source", null);
        register(row);
    }

    @EventHandler
    void on(MemberImported event, @SequenceNumber long version) {
        Map<String, Object> row = row(event.memberId(), event.organisation(), event.admittedOn(), "IMPORT", version);
        row.put("application", null);
        row.put("ballot", null);
        row.put("source", event.source());
        register(row);
    }

    @EventHandler
    void on(MemberSuspended event, @SequenceNumber long version) {
        status(event.memberId(), MemberStatus.SUSPENDED, event.reason(), event.effectiveOn(), version);
    }

    @EventHandler
    void on(MemberReinstated event, @SequenceNumber long version) {
        status(event.memberId(), MemberStatus.ACTIVE, event.reason(), event.effectiveOn(), version);
    }

    @EventHandler
    void on(MemberLeft event, @SequenceNumber long version) {
        status(event.memberId(), MemberStatus.LEFT, event.reason(), event.effectiveOn(), version);
    }

    @EventHandler
    void on(OpeningBalanceRecorded event) {
        Map<String, Object> row = new HashMap<>();
        row.put("id", RegisterCommand.MEMBER_REGISTER);
        row.put("asOf", event.asOf());
        row.put("members", event.members());
        row.put("source", event.source());
        row.put("at", Rows.timestamp(event.at()));
        Rows.upsert(jdbc, """
                UPDATE member_opening_balance_view
                   SET as_of = :asOf, members = :members, source = :source, recorded_at = :at
                 WHERE register_id = :id""", """
                INSERT INTO member_opening_balance_view (register_id, as_of, members, source, recorded_at)
                VALUES (:id, :asOf, :members, :source, :at)""", row);
    }

    @ResetHandler
    void reset() {
        jdbc.sql("DELETE FROM member_view").update();
        jdbc.sql("DELETE FROM member_opening_balance_view").update();
    }

    private void register(Map<String, Object> row) {
        Rows.upsert(jdbc, """
                UPDATE member_view
                   SET organisation_name = :name, kind = :kind, country = :country, region = :region, city = :city,
                       preferred_language = :language, status = :status, admitted_on = :admittedOn, origin = :origin,
                       application_id = :application, ballot_id = :ballot, source = :source, version = :version
                 WHERE member_id = :id""", """
                INSERT INTO member_view
                       (member_id, organisation_name, kind, country, region, city, preferred_language, status,
                        admitted_on, origin, application_id, ballot_id, source, version)
                VALUES (:id, :name, :kind, :country, :region, :city, :language, :status, :admittedOn, :origin,
                        :application, :ballot, :source, :version)""", row);
    }

    private void status(UUID id, MemberStatus status, String reason, LocalDate since, long version) {
        jdbc.sql("""
                        UPDATE member_view SET status = :status, status_reason = :reason, status_since = :since,
                               version = :version
                         WHERE member_id = :id""")
                .param("status", status.name())
                .param("reason", reason)
                .param("since", since)
                .param("version", version)
                .param("id", id)
                .update();
    }

    private static Map<String, Object> row(
            UUID id, Organisation organisation, LocalDate admittedOn, String origin, long version) {
        Map<String, Object> row = new HashMap<>();
        row.put("id", id);
        row.put("name", organisation.name());
        row.put("kind", organisation.kind().name());
        row.put("country", organisation.country());
        row.put(
                "region",
                organisation.region() == null ? null : organisation.region().name());
        row.put("city", organisation.city());
        row.put("language", organisation.language().name());
        row.put("status", MemberStatus.ACTIVE.name());
        row.put("admittedOn", admittedOn);
        row.put("origin", origin);
        row.put("version", version);
        return row;
    }
}
