package org.fieldbook.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * One rule of the team's lead assignment list: a lead that matches it (its region or source channel is one of
 * {@code values}; any lead for a round-robin rule) goes to one of {@code repIds}. The list is tried in
 * {@code position} order and the first matching rule assigns (see {@link LeadAssignment}).
 */
public record AssignmentRule(UUID id, int position, AssignmentRuleKind kind, List<String> values,
                             List<UUID> repIds) {
    public AssignmentRule {
        values = kind == AssignmentRuleKind.ROUND_ROBIN || values == null ? List.of()
                : values.stream().map(String::strip).filter(v -> !v.isEmpty()).distinct().toList();
        repIds = repIds == null ? List.of() : repIds.stream().distinct().toList();
    }

    public static AssignmentRule create(AssignmentRuleKind kind, List<String> values, List<UUID> repIds) {
        return new AssignmentRule(TimeOrderedId.next(), 0, kind, values, repIds);
    }

    public AssignmentRule at(int newPosition) {
        return new AssignmentRule(id, newPosition, kind, values, repIds);
    }

    /**
     * Whether the rule takes the lead. A region is compared without case and surrounding spaces ("north " is
     * North); a channel by the code the lead stores (a built-in channel's constant, a team channel's name).
     */
    public boolean matches(Lead lead) {
        return switch (kind) {
            case ROUND_ROBIN -> true;
            case REGION -> lead.region() != null && values.stream()
                    .anyMatch(v -> v.toLowerCase(Locale.ROOT).equals(lead.region().strip().toLowerCase(Locale.ROOT)));
            case CHANNEL -> lead.channelCode() != null && values.contains(lead.channelCode());
        };
    }

    public List<Violation> violations() {
        List<Violation> found = new ArrayList<>();
        if (kind == null) {
            found.add(new Violation("kind", "validation.assignment.kindRequired"));
            return found;
        }
        if (kind != AssignmentRuleKind.ROUND_ROBIN && values.isEmpty()) {
            found.add(new Violation("values", kind == AssignmentRuleKind.REGION
                    ? "validation.assignment.regionRequired" : "validation.assignment.channelRequired"));
        }
        if (repIds.isEmpty()) {
            found.add(new Violation("reps", "validation.assignment.repRequired"));
        }
        return found;
    }
}
