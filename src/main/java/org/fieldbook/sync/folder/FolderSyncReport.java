package org.fieldbook.sync.folder;

import java.util.List;
import org.fieldbook.sync.ReceiveReport;

/** What one exchange with the team folder did. */
public record FolderSyncReport(int pushed, int segmentsWritten, long publishedUpTo, int pulled, int waiting,
                               int conflicts, List<String> problems,
                               List<ReceiveReport.ClockWarning> clockWarnings) {
    public FolderSyncReport {
        problems = List.copyOf(problems);
        clockWarnings = List.copyOf(clockWarnings);
    }
}
