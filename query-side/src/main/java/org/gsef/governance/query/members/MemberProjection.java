package org.gsef.governance.query.members;

import java.time.LocalDate;
import java.util.UUID;
import javax.sql.DataSource;
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
import org.gsef.governance.query.readmodel.Fold;
import org.gsef.governance.query.readmodel.FoldRow;
import org.gsef.governance.query.readmodel.FoldTable;
import org.gsef.governance.query.readmodel.Folding;
import org.gsef.governance.query.readmodel.ReadModel;
import org.gsef.governance.query.readmodel.Rows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Builds the member register, which the membership count is computed from. A fold: rows change in memory per batch. */
@Component
@ProcessingGroup(MemberProjection.PROCESSOR)
public class MemberProjection implements Folding {

    public static final String PROCESSOR = "members";
    static final FoldTable MEMBERS = FoldTable.of("member_view", "member_id");
    static final FoldTable OPENING_BALANCE = FoldTable.of("member_opening_balance_view", "register_id");

    public static final ReadModel READ_MODEL = ReadModel.of(PROCESSOR, MemberProjection::new, MEMBERS, OPENING_BALANCE);

    private final Fold fold;
    private final JdbcClient jdbc;

    public MemberProjection(DataSource dataSource) {
        this.fold = READ_MODEL.fold(dataSource);
        this.jdbc = JdbcClient.create(dataSource);
    }

    @Override
    public Fold fold() {
        return fold;
    }

    @EventHandler
    void on(MemberAdmitted event, @SequenceNumber long version) {
        register(event.memberId(), event.organisation(), event.admittedOn(), "ADMISSION", version)
                .set("application_id", event.applicationId())
                .set("ballot_id", event.ballotId())
                .set("source", null);
    }

    @EventHandler
    void on(MemberImported event, @SequenceNumber long version) {
        register(event.memberId(), event.organisation(), event.admittedOn(), "IMPORT", version)
                .set("application_id", null)
                .set("ballot_id", null)
                .set("source", event.source());
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
        fold.batch()
                .row(OPENING_BALANCE, RegisterCommand.MEMBER_REGISTER)
                .set("as_of", event.asOf())
                .set("members", event.members())
                .set("source", event.source())
                .set("recorded_at", Rows.timestamp(event.at()));
    }

    @ResetHandler
    void reset() {
        jdbc.sql("DELETE FROM member_view").update();
        jdbc.sql("DELETE FROM member_opening_balance_view").update();
    }

    private FoldRow register(UUID id, Organisation organisation, LocalDate admittedOn, String origin, long version) {
        return fold.batch()
                .row(MEMBERS, id)
                .set("organisation_name", organisation.name())
                .set("kind", organisation.kind().name())
                .set("country", organisation.country())
                .set(
                        "region",
                        organisation.region() == null
                                ? null
                                : organisation.region().name())
                .set("city", organisation.city())
                .set("preferred_language", organisation.language().name())
                .set("status", MemberStatus.ACTIVE.name())
                .set("admitted_on", admittedOn)
                .set("origin", origin)
                .set("version", version);
    }

    private void status(UUID id, MemberStatus status, String reason, LocalDate since, long version) {
        fold.batch()
                .find(MEMBERS, id)
                .ifPresent(row -> row.set("status", status.name())
                        .set("status_reason", reason)
                        .set("status_since", since)
                        .set("version", version));
    }
}
