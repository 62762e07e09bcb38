package org.fieldbook.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.fieldbook.domain.BuyingRole;
import org.fieldbook.domain.BuyingRoleRule;
import org.fieldbook.domain.BuyingRoleSummary;
import org.fieldbook.domain.Contact;
import org.fieldbook.domain.ContactSummary;
import org.fieldbook.domain.DecisionChain;
import org.fieldbook.domain.Opportunity;
import org.fieldbook.domain.OpportunityContact;
import org.fieldbook.domain.PipelineStage;
import org.fieldbook.domain.RuleViolation;
import org.fieldbook.domain.TimeOrderedId;
import org.fieldbook.domain.Violation;
import org.fieldbook.store.BuyingRoleRepository;
import org.fieldbook.store.Store;

/** Buying roles on opportunities and the decision chain of an account; each use case one transaction. */
public final class BuyingRoleService {
    private final Store store;

    public BuyingRoleService(Store store) {
        this.store = store;
    }

    /**
     * An opportunity's people: its roles, the account's contacts to choose from, and whether it is flagged for
     * having no decision maker although it is at Proposal or beyond.
     */
    public record Roles(Opportunity opportunity, List<BuyingRoleSummary> roles, List<Contact> candidates,
                        boolean needsDecisionMaker) {
        public boolean flagged() {
            return needsDecisionMaker && roles.stream().noneMatch(r -> r.role().role() == BuyingRole.DECISION_MAKER);
        }
    }

    public Roles roles(UUID opportunityId) {
        return store.read(tx -> {
            Opportunity opportunity = tx.opportunities().get(opportunityId);
            PipelineStage stage = tx.stages().get(opportunity.stageId());
            List<PipelineStage> pipeline = tx.stages().ofPipeline(opportunity.pipelineId());
            List<Contact> candidates = tx.contacts().summariesOfAccount(opportunity.accountId()).stream()
                    .map(ContactSummary::contact).sorted(java.util.Comparator.comparing(Contact::name)).toList();
            return new Roles(opportunity, tx.opportunityContacts().ofOpportunity(opportunityId), candidates,
                    BuyingRoleRule.needsDecisionMaker(stage, pipeline));
        });
    }

    /** Gives {@code contactId} the role on the opportunity; the same contact in the same role twice is refused. */
    public OpportunityContact attach(UUID opportunityId, UUID contactId, BuyingRole role) {
        if (contactId == null) {
            throw new RuleViolation(List.of(new Violation("contact", "validation.role.contact.required")));
        }
        if (role == null) {
            throw new RuleViolation(List.of(new Violation("role", "validation.role.required")));
        }
        return store.write(tx -> {
            boolean taken = tx.opportunityContacts().ofOpportunity(opportunityId).stream()
                    .anyMatch(r -> r.role().contactId().equals(contactId) && r.role().role() == role);
            if (taken) {
                throw new RuleViolation(List.of(new Violation("role", "validation.role.duplicate")));
            }
            return tx.opportunityContacts().insert(new OpportunityContact(TimeOrderedId.next(), opportunityId,
                    contactId, role));
        });
    }

    /** Takes a role off the opportunity (to the trash, so it syncs and can be restored). */
    public void detach(UUID roleId) {
        store.writeVoid(tx -> tx.opportunityContacts().delete(roleId));
    }

    public void restore(UUID roleId) {
        store.writeVoid(tx -> tx.opportunityContacts().restore(roleId));
    }

    /** The account's contacts grouped by role across its opportunities, each with the deals and last touch. */
    public DecisionChain decisionChain(UUID accountId) {
        List<BuyingRoleRepository.ChainRow> rows = store.read(tx -> tx.opportunityContacts()
                .chainOfAccount(accountId));
        Map<String, List<BuyingRoleRepository.ChainRow>> byMember = new LinkedHashMap<>();
        for (var row : rows) {
            byMember.computeIfAbsent(row.role() + "/" + row.contactId(), k -> new ArrayList<>()).add(row);
        }
        List<DecisionChain.Member> members = new ArrayList<>();
        for (var group : byMember.values()) {
            var first = group.get(0);
            members.add(new DecisionChain.Member(first.contactId(), first.contactName(), first.title(), first.role(),
                    group.stream().map(BuyingRoleRepository.ChainRow::opportunityTitle).distinct().toList(),
                    first.lastTouch()));
        }
        members.sort(java.util.Comparator.comparing(DecisionChain.Member::role)
                .thenComparing(DecisionChain.Member::contactName));
        return new DecisionChain(members);
    }
}
