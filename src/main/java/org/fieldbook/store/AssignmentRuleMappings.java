package org.fieldbook.store;

import static org.fieldbook.store.jooq.Tables.ASSIGNMENT_RULE;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.fieldbook.domain.AssignmentRule;
import org.fieldbook.domain.AssignmentRuleKind;
import org.fieldbook.store.jooq.tables.records.AssignmentRuleRecord;
import org.jooq.Table;
import org.jooq.TableField;

/** The mapping of the team's lead assignment rules (V13); listed in {@link Mappings#ALL} before the leads. */
final class AssignmentRuleMappings {
    static final EntityMapping<AssignmentRule, AssignmentRuleRecord> ASSIGNMENT_RULES = new EntityMapping<>() {
        String entity() { return "assignment_rule"; }
        Table<AssignmentRuleRecord> table() { return ASSIGNMENT_RULE; }
        TableField<AssignmentRuleRecord, UUID> id() { return ASSIGNMENT_RULE.ID; }
        TableField<AssignmentRuleRecord, OffsetDateTime> createdAt() { return ASSIGNMENT_RULE.CREATED_AT; }
        TableField<AssignmentRuleRecord, OffsetDateTime> updatedAt() { return ASSIGNMENT_RULE.UPDATED_AT; }
        TableField<AssignmentRuleRecord, Boolean> deleted() { return ASSIGNMENT_RULE.DELETED; }
        UUID idOf(AssignmentRule rule) { return rule.id(); }

        void fill(AssignmentRule rule, AssignmentRuleRecord r) {
            r.setPosition(rule.position());
            r.setKind(rule.kind().name());
            // one value a line: a region or channel name cannot hold a line break (the editor strips them)
            r.setMatchValues(rule.values().isEmpty() ? null : String.join("\n", rule.values()));
            r.setRepIds(String.join("\n", rule.repIds().stream().map(UUID::toString).toList()));
        }

        AssignmentRule read(AssignmentRuleRecord r) {
            return new AssignmentRule(r.getId(), r.getPosition(), AssignmentRuleKind.valueOf(r.getKind()),
                    lines(r.getMatchValues()), lines(r.getRepIds()).stream().map(UUID::fromString).toList());
        }
    };

    private static List<String> lines(String stored) {
        return stored == null || stored.isEmpty() ? List.of() : Arrays.asList(stored.split("\n"));
    }

    private AssignmentRuleMappings() {
    }
}
