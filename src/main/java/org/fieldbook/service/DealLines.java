package org.fieldbook.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.fieldbook.domain.Opportunity;
import org.fieldbook.domain.OpportunityLine;
import org.fieldbook.domain.RuleViolation;
import org.fieldbook.domain.Violation;
import org.fieldbook.store.Tx;

/**
 * A deal's lines saved with the deal, in the deal's transaction. A deal with lines is worth the sum of their
 * totals; one without keeps the amount typed in.
 */
final class DealLines {
    private DealLines() {
    }

    static void check(List<OpportunityLine> lines) {
        if (lines == null) {
            return;
        }
        List<Violation> wrong = new ArrayList<>();
        lines.forEach(line -> wrong.addAll(line.violations()));
        RuleViolation.throwIfAny(wrong.stream().distinct().toList());
    }

    /** {@code deal} with the amount its lines add up to, or as it is when it has none. */
    static Opportunity priced(Opportunity deal, List<OpportunityLine> lines) {
        return lines.isEmpty() ? deal : deal.withAmount(OpportunityLine.sum(lines, deal.amount().currency()));
    }

    /**
     * Makes the deal's stored lines exactly {@code lines}, in that order: new ones added, changed ones updated
     * field by field, missing ones sent to the trash. Returns the lines as stored.
     */
    static List<OpportunityLine> store(Tx tx, UUID dealId, List<OpportunityLine> lines) {
        var repository = tx.opportunityLines();
        Map<UUID, OpportunityLine> before = new LinkedHashMap<>();
        repository.ofOpportunity(dealId).forEach(line -> before.put(line.id(), line));
        List<OpportunityLine> stored = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            OpportunityLine line = lines.get(i).of(dealId, i);
            OpportunityLine old = before.remove(line.id());
            if (old == null) {
                repository.insert(line);
            } else if (!old.equals(line)) {
                repository.update(line);
            }
            stored.add(line);
        }
        before.keySet().forEach(repository::delete);
        return stored;
    }
}
