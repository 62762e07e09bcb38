package org.fieldbook.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Chooses the owner of new leads by the team's rules, in order: the first rule that matches a lead assigns it.
 * A rule with one rep gives it the lead; with several, the rep who has the fewest live leads assigned by this
 * rule so far (as this device knows them, including the leads assigned earlier in the same batch); among reps
 * tied for fewest, the lead's id picks one, so two laptops assigning offline from the same counts do not all
 * pick the same rep. A lead that already has an owner is never assigned (a chosen owner stays). See decision
 * 0012 for why this is even across devices.
 */
public final class LeadAssignment {
    /** The rule that fired and the rep it chose. */
    public record Choice(AssignmentRule rule, UUID repId) {
    }

    private final List<AssignmentRule> rules;
    private final Set<UUID> liveReps;
    private final Map<UUID, Map<UUID, Long>> load = new HashMap<>();

    /**
     * @param rules    the rules in any order (sorted here by position)
     * @param liveReps the reps who may receive leads (a rule's rep deleted since is passed over)
     * @param assigned per rule id, per rep id: how many live leads that rule has assigned to that rep
     */
    public LeadAssignment(List<AssignmentRule> rules, Set<UUID> liveReps, Map<UUID, Map<UUID, Long>> assigned) {
        List<AssignmentRule> sorted = new ArrayList<>(rules);
        sorted.sort(java.util.Comparator.comparingInt(AssignmentRule::position).thenComparing(AssignmentRule::id));
        this.rules = List.copyOf(sorted);
        this.liveReps = Set.copyOf(liveReps);
        assigned.forEach((rule, byRep) -> load.put(rule, new HashMap<>(byRep)));
    }

    public boolean hasRules() {
        return !rules.isEmpty();
    }

    /** The choice for {@code lead}, counted for the next leads; empty when it has an owner or no rule takes it. */
    public Optional<Choice> choose(Lead lead) {
        if (lead.ownerId() != null) {
            return Optional.empty();
        }
        for (AssignmentRule rule : rules) {
            List<UUID> reps = rule.repIds().stream().filter(liveReps::contains).toList();
            if (reps.isEmpty() || !rule.matches(lead)) {
                continue;
            }
            Map<UUID, Long> counts = load.computeIfAbsent(rule.id(), id -> new HashMap<>());
            long fewest = reps.stream().mapToLong(rep -> counts.getOrDefault(rep, 0L)).min().orElseThrow();
            List<UUID> tied = reps.stream().filter(rep -> counts.getOrDefault(rep, 0L) == fewest).toList();
            UUID chosen = tied.get(Math.floorMod(lead.id().hashCode(), tied.size()));
            counts.merge(chosen, 1L, Long::sum);
            return Optional.of(new Choice(rule, chosen));
        }
        return Optional.empty();
    }

    /** {@code lead} with the owner and rule chosen for it, or as it is. */
    public Lead assign(Lead lead) {
        return choose(lead).map(c -> lead.assignedBy(c.rule().id(), c.repId())).orElse(lead);
    }
}
