package org.fieldbook.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.fieldbook.domain.AssignmentRule;
import org.fieldbook.domain.LeadAssignment;
import org.fieldbook.domain.RuleViolation;
import org.fieldbook.domain.SalesRep;
import org.fieldbook.domain.Violation;
import org.fieldbook.store.Store;
import org.fieldbook.store.Tx;

/**
 * The team's lead assignment rules: read and saved as one ordered list (Edit › Lead assignment…), and applied to
 * new leads in the transaction that creates them, on the device that creates them (decision 0012).
 */
public final class AssignmentRuleService {
    private final Store store;

    public AssignmentRuleService(Store store) {
        this.store = store;
    }

    /** The live rules, first to be tried first. */
    public List<AssignmentRule> rules() {
        return store.read(AssignmentRuleService::rulesIn);
    }

    private static List<AssignmentRule> rulesIn(Tx tx) {
        return tx.assignmentRules().all().stream()
                .sorted(Comparator.comparingInt(AssignmentRule::position).thenComparing(AssignmentRule::id))
                .toList();
    }

    /**
     * Makes the stored list exactly {@code rules}, in that order: new rules added, changed ones updated field by
     * field (so a reorder on one laptop and a new rep on another merge), missing ones sent to the trash. Refused
     * whole, with the first wrong rule's reasons, when a rule lacks its values or reps.
     */
    public List<AssignmentRule> save(List<AssignmentRule> rules) {
        for (AssignmentRule rule : rules) {
            List<Violation> wrong = rule.violations();
            RuleViolation.throwIfAny(wrong);
        }
        return store.write(tx -> {
            var repository = tx.assignmentRules();
            Map<UUID, AssignmentRule> before = new LinkedHashMap<>();
            repository.all().forEach(rule -> before.put(rule.id(), rule));
            List<AssignmentRule> stored = new ArrayList<>();
            for (int i = 0; i < rules.size(); i++) {
                AssignmentRule rule = rules.get(i).at(i);
                AssignmentRule old = before.remove(rule.id());
                if (old == null) {
                    repository.insert(rule);
                } else if (!old.equals(rule)) {
                    repository.update(rule);
                }
                stored.add(rule);
            }
            before.keySet().forEach(repository::delete);
            return stored;
        });
    }

    /**
     * The assignment of new leads as this transaction sees the rules, the live reps and what each rule has
     * assigned so far; each lead it assigns counts for the next.
     */
    public static LeadAssignment assignment(Tx tx) {
        List<AssignmentRule> rules = rulesIn(tx);
        if (rules.isEmpty()) {
            return new LeadAssignment(List.of(), Set.of(), Map.of());
        }
        Set<UUID> reps = tx.reps().all().stream().map(SalesRep::id).collect(Collectors.toSet());
        return new LeadAssignment(rules, reps, tx.leads().assignedCounts());
    }
}
