package org.fieldbook.ui.common;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.fieldbook.domain.AssignmentRule;
import org.fieldbook.domain.AssignmentRuleKind;
import org.fieldbook.domain.CustomChannel;
import org.fieldbook.domain.SourceChannel;

/**
 * How an assignment rule reads, in the settings' list and on a lead it assigned: "Region North, 华北 → Dita",
 * "Source Event → Bo", "Round-robin → Ann, Bo, 陈晨".
 */
public final class AssignmentRuleText {
    private AssignmentRuleText() {
    }

    public static String describe(AssignmentRule rule, Map<UUID, String> repNames, Messages messages) {
        String reps = rule.repIds().stream().map(id -> repNames.getOrDefault(id, messages.get("assignment.repGone")))
                .collect(Collectors.joining(", "));
        String kind = messages.name(rule.kind());
        if (rule.kind() == AssignmentRuleKind.ROUND_ROBIN) {
            return messages.get("assignment.describe.roundRobin", kind, reps.isEmpty() ? "—" : reps);
        }
        List<String> values = rule.kind() == AssignmentRuleKind.CHANNEL
                ? rule.values().stream().map(v -> channelLabel(v, messages)).toList() : rule.values();
        return messages.get("assignment.describe.match", kind, values.isEmpty() ? "—" : String.join(", ", values),
                reps.isEmpty() ? "—" : reps);
    }

    /** A channel as leads store it (a built-in constant's name, or a team channel's own name), as people read it. */
    public static String channelLabel(String stored, Messages messages) {
        SourceChannel builtIn = CustomChannel.builtIn(stored);
        return builtIn != null ? messages.name(builtIn) : stored;
    }
}
