package org.gsef.governance.query.rebuild;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.gsef.governance.platform.monitoring.Progress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The running rebuild: which it is, how far it has come (logged as every long operation is) and the position it reached. */
final class RebuildProgress {

    private static final Logger log = LoggerFactory.getLogger(RebuildProgress.class);

    final UUID id;
    final Progress events;
    final AtomicLong position = new AtomicLong(-1);

    RebuildProgress(UUID id, long total) {
        this.id = id;
        this.events = new Progress(log, "rebuild " + id, total);
    }
}
