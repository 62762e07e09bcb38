package org.fieldbook.sync.server;

import java.util.List;
import org.fieldbook.sync.ReceiveReport;

/** What one exchange with the sync server did; {@code cursor} is the last team sequence number pulled. */
public record ServerSyncReport(String team, int pushed, int pulled, long cursor, boolean joined, int waiting,
                               int conflicts, List<String> problems,
                               List<ReceiveReport.ClockWarning> clockWarnings) {
    public ServerSyncReport {
        problems = List.copyOf(problems);
        clockWarnings = List.copyOf(clockWarnings);
    }
}
