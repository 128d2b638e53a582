package org.gsef.governance.platform.axon;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.modelling.command.AnnotationCommandTargetResolver;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.axonframework.modelling.command.VersionedAggregateIdentifier;
import org.gsef.governance.kernel.common.TargetsAggregate;
import org.springframework.stereotype.Component;

/**
 * Routes commands that implement {@link TargetsAggregate} to their aggregate, so the shared-kernel messages need no
 * Axon annotation. The expected aggregate version, when a client sent one, travels in the metadata.
 */
@Component
public class TargetsAggregateResolver implements CommandTargetResolver {

    public static final String EXPECTED_VERSION = "expectedVersion";

    private final CommandTargetResolver fallback =
            AnnotationCommandTargetResolver.builder().build();

    @Override
    public VersionedAggregateIdentifier resolveTarget(CommandMessage<?> command) {
        if (command.getPayload() instanceof TargetsAggregate target) {
            Object version = command.getMetaData().get(EXPECTED_VERSION);
            return new VersionedAggregateIdentifier(
                    target.aggregateId(), version == null ? null : Long.valueOf(version.toString()));
        }
        return fallback.resolveTarget(command);
    }
}
