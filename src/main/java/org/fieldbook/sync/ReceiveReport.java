package org.fieldbook.sync;

import java.util.List;
import java.util.UUID;

/**
 * What one exchange did: changes applied, changes kept waiting (a gap or a missing base that a later exchange
 * will bring), changes that need a newer Fieldbook, and peers whose clocks look wrong.
 */
public record ReceiveReport(int applied, int duplicates, int waiting, int needNewerVersion,
                            List<ClockWarning> clockWarnings, List<String> problems) {
    public ReceiveReport {
        clockWarnings = List.copyOf(clockWarnings);
        problems = List.copyOf(problems);
    }

    /** A peer's change carries a time more than {@link SyncEngine#SKEW_WARNING} ahead of this device's clock. */
    public record ClockWarning(UUID deviceId, long millisAhead, boolean overADay) {
    }
}
