package org.fieldbook.store;

import org.fieldbook.domain.ApprovalRuleKind;
import static org.fieldbook.store.jooq.Tables.APPROVAL_REQUEST;
import static org.fieldbook.store.jooq.Tables.APPROVAL_RULE;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.fieldbook.domain.ApprovalAction;
import org.fieldbook.domain.ApprovalFacts;
import org.fieldbook.domain.ApprovalKind;
import org.fieldbook.domain.ApprovalRequest;
import org.fieldbook.domain.ApprovalRule;
import org.fieldbook.domain.ApprovalStatus;
import org.fieldbook.domain.Money;
import org.fieldbook.store.jooq.tables.records.ApprovalRequestRecord;
import org.fieldbook.store.jooq.tables.records.ApprovalRuleRecord;
import org.jooq.Table;
import org.jooq.TableField;

/** The table mappings of approval rules and requests (V12); listed in {@link Mappings#ALL}. */
final class ApprovalMappings {
    static final EntityMapping<ApprovalRule, ApprovalRuleRecord> APPROVAL_RULES = new EntityMapping<>() {
        String entity() { return "approval_rule"; }
        Table<ApprovalRuleRecord> table() { return APPROVAL_RULE; }
        TableField<ApprovalRuleRecord, UUID> id() { return APPROVAL_RULE.ID; }
        TableField<ApprovalRuleRecord, OffsetDateTime> createdAt() { return APPROVAL_RULE.CREATED_AT; }
        TableField<ApprovalRuleRecord, OffsetDateTime> updatedAt() { return APPROVAL_RULE.UPDATED_AT; }
        TableField<ApprovalRuleRecord, Boolean> deleted() { return APPROVAL_RULE.DELETED; }
        UUID idOf(ApprovalRule r) { return r.id(); }

        void fill(ApprovalRule rule, ApprovalRuleRecord r) {
            r.setKind(rule.kind().name());
            r.setThreshold(rule.threshold());
            r.setCurrency(rule.currency());
            r.setOnQuote(rule.onQuote());
            r.setStageId(rule.stageId());
        }

        ApprovalRule read(ApprovalRuleRecord r) {
            return new ApprovalRule(r.getId(), ApprovalRuleKind.valueOf(r.getKind()), r.getThreshold(),
                    r.getCurrency() == null ? null : r.getCurrency().strip(), r.getOnQuote(), r.getStageId());
        }
    };

    static final EntityMapping<ApprovalRequest, ApprovalRequestRecord> APPROVAL_REQUESTS = new EntityMapping<>() {
        String entity() { return "approval_request"; }
        Table<ApprovalRequestRecord> table() { return APPROVAL_REQUEST; }
        TableField<ApprovalRequestRecord, UUID> id() { return APPROVAL_REQUEST.ID; }
        TableField<ApprovalRequestRecord, OffsetDateTime> createdAt() { return APPROVAL_REQUEST.CREATED_AT; }
        TableField<ApprovalRequestRecord, OffsetDateTime> updatedAt() { return APPROVAL_REQUEST.UPDATED_AT; }
        TableField<ApprovalRequestRecord, Boolean> deleted() { return APPROVAL_REQUEST.DELETED; }
        UUID idOf(ApprovalRequest r) { return r.id(); }
        java.time.Instant createdAtOf(ApprovalRequest r) { return r.requestedAt(); }

        void fill(ApprovalRequest q, ApprovalRequestRecord r) {
            r.setOpportunityId(q.opportunityId());
            r.setAction(q.action().kind().name());
            r.setStageId(q.action().stageId());
            r.setMaxDiscount(q.facts().maxDiscount());
            r.setAmount(q.facts().amount().amount());
            r.setCurrency(q.facts().amount().currency());
            r.setRequestedBy(q.requestedBy());
            r.setRequestedAt(toDb(q.requestedAt()));
            r.setRequestNote(q.note());
            r.setStatus(q.status().name());
            r.setDecidedBy(q.decidedBy());
            r.setDecidedAt(toDb(q.decidedAt()));
            r.setDecisionComment(q.comment());
        }

        ApprovalRequest read(ApprovalRequestRecord r) {
            return new ApprovalRequest(r.getId(), r.getOpportunityId(),
                    new ApprovalAction(ApprovalKind.valueOf(r.getAction()), r.getStageId()),
                    new ApprovalFacts(r.getMaxDiscount(), new Money(r.getAmount(), r.getCurrency().strip())),
                    r.getRequestedBy(), fromDb(r.getRequestedAt()), r.getRequestNote(),
                    ApprovalStatus.valueOf(r.getStatus()), r.getDecidedBy(), fromDb(r.getDecidedAt()),
                    r.getDecisionComment());
        }
    };

    private ApprovalMappings() {
    }
}
