package org.gsef.governance.platform.events;

import org.axonframework.serialization.RevisionResolver;
import org.gsef.governance.kernel.common.SchemaRevision;

/** Reads a message's schema revision from {@link SchemaRevision}, so that shared-kernel needs no Axon annotation. */
public final class SchemaRevisionResolver implements RevisionResolver {

    @Override
    public String revisionOf(Class<?> payloadType) {
        SchemaRevision revision = payloadType.getAnnotation(SchemaRevision.class);
        return revision == null ? null : revision.value();
    }
}
