package org.gsef.governance.query.readmodel;

import java.util.List;
import org.gsef.governance.query.committee.BallotProjection;
import org.gsef.governance.query.committee.CommitteeProjection;
import org.gsef.governance.query.forum.ForumProjection;
import org.gsef.governance.query.members.MemberProjection;
import org.gsef.governance.query.membership.MembershipApplicationProjection;
import org.gsef.governance.query.objectives.PlanProjection;
import org.gsef.governance.query.program.ActivityProjection;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the read models are built.
 *
 * @param segments how many segments each projection's event stream is split into; the query-side processes on one
 *     database share them
 * @param batchSize events handled per transaction
 */
@ConfigurationProperties("gsef.read-model")
public record ReadModelProperties(
        @DefaultValue("2") int segments,
        @DefaultValue("100") int batchSize) {

    /** The processors that build read models, one per projection. */
    public static final List<String> PROCESSORS = List.of(
            MembershipApplicationProjection.PROCESSOR,
            MemberProjection.PROCESSOR,
            BallotProjection.PROCESSOR,
            CommitteeProjection.PROCESSOR,
            ForumProjection.PROCESSOR,
            ActivityProjection.PROCESSOR,
            PlanProjection.PROCESSOR);
}
