package org.gsef.governance.query.readmodel;

import java.util.List;

/**
 * Published in the process that promoted a rebuild, once the rebuilt read models are live (their processors going
 * on from where the rebuild stopped).
 *
 * @param processors the processors of the read models promoted
 */
public record ReadModelsPromoted(List<String> processors) {}
