package org.fieldbook.exchange;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.fieldbook.domain.PipelineStage;
import org.fieldbook.domain.StageKind;

/**
 * Which stage of the pipeline a row's stage (and status) value means: the user's value mapping first, then a
 * stage of that name, then won and lost by their usual words ("Closed Won", "won", 赢单...), then a stage whose
 * name the value begins with ("Proposal/Quote" is Proposal). Anything else is an unknown stage, for the user
 * to map.
 */
final class StageValues {
    private static final List<String> WON_WORDS = List.of("closedwon", "won", "win", "赢单", "贏單", "成交", "已成交");
    private static final List<String> LOST_WORDS = List.of("closedlost", "lost", "lose", "输单", "輸單", "丢单", "丟單");

    private final List<PipelineStage> stages;
    private final Map<String, String> userValues;
    private final Map<List<String>, PipelineStage> resolved = new HashMap<>();
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]");

    StageValues(List<PipelineStage> stages, Map<String, String> userValues) {
        this.stages = stages;
        this.userValues = userValues == null ? Map.of() : userValues;
    }

    /**
     * The stage of a row's stage and status values. A file repeats a handful of values over its rows, so each
     * pair is resolved once; values that name no stage are refused again each time.
     */
    PipelineStage stage(String value, String status) {
        List<String> pair = Arrays.asList(value, status);
        PipelineStage known = resolved.get(pair);
        if (known == null) {
            known = resolve(value, status);
            resolved.put(pair, known);
        }
        return known;
    }

    private PipelineStage resolve(String value, String status) {
        String statusKey = status == null ? "" : key(status);
        if (WON_WORDS.contains(statusKey)) {
            return ofKind(StageKind.WON);
        }
        if (LOST_WORDS.contains(statusKey)) {
            return ofKind(StageKind.LOST);
        }
        if (value == null) {
            return stages.stream().filter(s -> s.kind() == StageKind.OPEN).findFirst()
                    .orElseThrow(() -> unknown(""));
        }
        String mapped = userValues.getOrDefault(value, userValues.get(value.strip()));
        String wanted = mapped != null ? mapped : value;
        String wantedKey = key(wanted);
        for (PipelineStage stage : stages) {
            if (key(stage.name()).equals(wantedKey)) {
                return stage;
            }
        }
        if (WON_WORDS.contains(wantedKey)) {
            return ofKind(StageKind.WON);
        }
        if (LOST_WORDS.contains(wantedKey)) {
            return ofKind(StageKind.LOST);
        }
        if (mapped == null) {
            for (PipelineStage stage : stages) {
                if (stage.kind() == StageKind.OPEN && wantedKey.startsWith(key(stage.name()))) {
                    return stage;
                }
            }
        }
        throw unknown(value);
    }

    PipelineStage firstOpen() {
        return stages.stream().filter(s -> s.kind() == StageKind.OPEN).findFirst().orElse(stages.get(0));
    }

    private PipelineStage ofKind(StageKind kind) {
        return stages.stream().filter(s -> s.kind() == kind).findFirst().orElseThrow(() -> unknown(kind.name()));
    }

    private static Rejection.Raised unknown(String value) {
        return new Rejection.Raised("import.reject.stage", "unknown stage '" + value + "'", value);
    }

    private static String key(String value) {
        return NOT_LETTER_OR_DIGIT.matcher(value.strip().toLowerCase(Locale.ROOT)).replaceAll("");
    }
}
