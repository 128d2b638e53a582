package org.gsef.governance.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The CPU time processes have used (user and system, from {@code /proc/<pid>/stat}), sampled at the start and at the
 * end of a measured window: the system's JVM, and the PostgreSQL backends serving it. A process that is gone by the
 * end (or that was not there at the start) counts for nothing, so the figure is a floor when connections come and go.
 */
final class ProcessCpu {

    private final List<Long> pids;
    private final long ticksPerSecond;
    private Map<Long, Long> start = Map.of();
    private Map<Long, Long> end = Map.of();

    /** @param ticksPerSecond the kernel's clock ticks per second ({@code getconf CLK_TCK}, 100 on Linux) */
    ProcessCpu(List<Long> pids, long ticksPerSecond) {
        this.pids = List.copyOf(pids);
        this.ticksPerSecond = ticksPerSecond;
    }

    void start() {
        start = sample();
    }

    void end() {
        end = sample();
    }

    /** CPU milliseconds used between {@link #start()} and {@link #end()} by the processes present at both. */
    double millis() {
        long ticks = 0;
        for (Map.Entry<Long, Long> before : start.entrySet()) {
            Long after = end.get(before.getKey());
            if (after != null) {
                ticks += after - before.getValue();
            }
        }
        return ticks * 1000.0 / ticksPerSecond;
    }

    private Map<Long, Long> sample() {
        Map<Long, Long> ticks = new HashMap<>();
        for (long pid : pids) {
            try {
                ticks.put(pid, ticks(Files.readString(Path.of("/proc", Long.toString(pid), "stat"))));
            } catch (IOException gone) {
                // the process ended: it counts for nothing
            }
        }
        return ticks;
    }

    /**
     * utime + stime of a {@code /proc/<pid>/stat} line: fields 14 and 15, counted after the command name, which is in
     * parentheses and may hold spaces.
     */
    static long ticks(String stat) {
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).trim().split(" ");
        // fields[0] is field 3 (the state): utime is field 14, stime field 15
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }

    /** The pids of a comma-separated option, none when it is absent or empty. */
    static List<Long> pids(String option) {
        if (option == null || option.isBlank()) {
            return List.of();
        }
        return java.util.Arrays.stream(option.split(","))
                .map(String::trim)
                .filter(pid -> !pid.isEmpty())
                .map(Long::valueOf)
                .toList();
    }

    /** The pids of the PostgreSQL backends connected to that database now, the one asking aside. */
    static List<Long> backends(Connection connection) throws SQLException {
        List<Long> pids = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT pid FROM pg_stat_activity"
                        + " WHERE datname = current_database() AND pid <> pg_backend_pid()")) {
            while (rows.next()) {
                pids.add(rows.getLong(1));
            }
        }
        return pids;
    }
}
