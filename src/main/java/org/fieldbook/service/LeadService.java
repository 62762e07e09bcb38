package org.fieldbook.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.fieldbook.domain.Account;
import org.fieldbook.domain.AccountSummary;
import org.fieldbook.domain.Activity;
import org.fieldbook.domain.ActivitySummary;
import org.fieldbook.domain.AssignmentRule;
import org.fieldbook.domain.CompanyNames;
import org.fieldbook.domain.Contact;
import org.fieldbook.domain.CustomChannel;
import org.fieldbook.domain.Editing;
import org.fieldbook.domain.FieldVersions;
import org.fieldbook.domain.Lead;
import org.fieldbook.domain.LeadSummary;
import org.fieldbook.domain.Money;
import org.fieldbook.domain.Opportunity;
import org.fieldbook.domain.PipelineStage;
import org.fieldbook.domain.RuleViolation;
import org.fieldbook.domain.StageChange;
import org.fieldbook.domain.TimeOrderedId;
import org.fieldbook.domain.Violation;
import org.fieldbook.store.Store;
import org.fieldbook.store.Tx;

/** The leads inbox's use cases, each one transaction; converting a lead makes or links its account. */
public final class LeadService {
    private final Store store;

    public LeadService(Store store) {
        this.store = store;
    }

    public List<LeadSummary> list() {
        return store.read(tx -> tx.leads().summaries());
    }

    public Editing<Lead> edit(UUID id) {
        return store.read(tx -> tx.leads().edit(id));
    }

    public Lead create(Lead lead) {
        RuleViolation.throwIfAny(lead.violations());
        return store.write(tx -> {
            CustomFieldChecks.check(tx, "lead", lead.customFields());
            return tx.leads().insert(AssignmentRuleService.assignment(tx).assign(lead));
        });
    }

    public Lead update(Editing<Lead> started, Lead edited) {
        RuleViolation.throwIfAny(edited.violations());
        return store.write(tx -> {
            CustomFieldChecks.check(tx, "lead", edited.customFields());
            return tx.leads().update(started, edited);
        });
    }

    public void delete(UUID id, FieldVersions seen) {
        store.writeVoid(tx -> tx.leads().delete(id, seen));
    }

    public Lead restore(UUID id) {
        return store.write(tx -> tx.leads().restore(id));
    }

    /**
     * The assignment rule that gave {@code lead} its owner, with its number in the team's list (1 first; 0 when
     * the rule has been removed since), and the names of the reps, for the lead's view; empty for a lead no
     * rule assigned (or whose owner someone chose since).
     */
    public Optional<RuleOfLead> ruleOf(Lead lead) {
        if (lead.assignmentRuleId() == null) {
            return Optional.empty();
        }
        return store.read(tx -> tx.assignmentRules().findIncludingDeleted(lead.assignmentRuleId()).map(rule -> {
            List<UUID> live = tx.assignmentRules().all().stream()
                    .sorted(java.util.Comparator.comparingInt(AssignmentRule::position)
                            .thenComparing(AssignmentRule::id))
                    .map(AssignmentRule::id).toList();
            java.util.Map<UUID, String> names = new java.util.HashMap<>();
            tx.reps().all().forEach(rep -> names.put(rep.id(), rep.name()));
            return new RuleOfLead(rule, live.indexOf(rule.id()) + 1, names);
        }));
    }

    /** An assignment rule as a lead shows it: {@code number} 0 for a rule removed from the list since. */
    public record RuleOfLead(AssignmentRule rule, int number, java.util.Map<UUID, String> repNames) {
    }

    /** Whether the team has assignment rules: a new lead then starts without an owner, for the rules to choose. */
    public boolean assignsByRules() {
        return store.read(tx -> tx.assignmentRules().countLive() > 0);
    }

    /** The team's own source channels, in the order they were added. */
    public List<CustomChannel> channels() {
        return store.read(tx -> tx.customChannels().all()).stream()
                .sorted(java.util.Comparator.comparingInt(CustomChannel::position)).toList();
    }

    /** Adds a channel of the team's own after the others; refused when blank, too long or already there. */
    public CustomChannel addChannel(String name) {
        return store.write(tx -> {
            List<CustomChannel> existing = tx.customChannels().all();
            RuleViolation.throwIfAny(CustomChannel.violations(name, existing));
            int next = existing.stream().mapToInt(CustomChannel::position).max().orElse(-1) + 1;
            return tx.customChannels().insert(CustomChannel.create(name, next));
        });
    }

    /** Takes a channel off the list; leads of that channel keep its name. */
    public void removeChannel(UUID id) {
        store.writeVoid(tx -> tx.customChannels().delete(id));
    }

    /** The live accounts whose name means the same company as {@code company} (case, spaces, legal form aside). */
    public List<AccountSummary> matchingAccounts(String company) {
        if (CompanyNames.matchKey(company).isEmpty()) {
            return List.of();
        }
        return store.read(tx -> tx.accounts().summaries()).stream()
                .filter(a -> CompanyNames.sameCompany(a.account().name(), company)).toList();
    }

    /**
     * What the conversion dialog decided: link {@code existingAccountId}, or make an account named
     * {@code newAccountName}; the opportunity's title, amount, close date and pipeline (it starts in the first
     * open stage).
     */
    public record Conversion(UUID leadId, UUID existingAccountId, String newAccountName, String opportunityTitle,
                             Money amount, LocalDate expectedClose, UUID pipelineId, UUID convertedBy) {
    }

    /** What a conversion made or linked. */
    public record Converted(Lead lead, Account account, boolean accountCreated, Contact contact,
                            Opportunity opportunity) {
    }

    /**
     * Converts the lead in one transaction: the account (made, or the existing one), a contact for the lead's
     * person, an opportunity in the pipeline's first open stage with its stage history, the lead's activities
     * linked to them, and the lead marked converted with links to all three and the time (time-to-convert).
     */
    public Converted convert(Conversion conversion) {
        List<Violation> wrong = new ArrayList<>();
        if (conversion.existingAccountId() == null
                && (conversion.newAccountName() == null || conversion.newAccountName().isBlank())) {
            wrong.add(new Violation("account", "validation.account.required"));
        }
        if (conversion.opportunityTitle() == null || conversion.opportunityTitle().isBlank()) {
            wrong.add(new Violation("title", "validation.title.required"));
        }
        if (conversion.amount() == null) {
            wrong.add(new Violation("amount", "validation.amount.required"));
        } else if (conversion.amount().isNegative()) {
            wrong.add(new Violation("amount", "validation.amount.negative"));
        }
        if (conversion.expectedClose() == null) {
            wrong.add(new Violation("expectedClose", "validation.closeDate.required"));
        }
        if (conversion.pipelineId() == null) {
            wrong.add(new Violation("pipeline", "validation.pipeline.required"));
        }
        RuleViolation.throwIfAny(wrong);
        return store.write(tx -> {
            Lead lead = tx.leads().get(conversion.leadId());
            if (lead.isConverted()) {
                throw new RuleViolation(List.of(new Violation("lead", "validation.lead.alreadyConverted")));
            }
            Instant now = tx.leads().clockNow();
            boolean create = conversion.existingAccountId() == null;
            Account account = create ? tx.accounts().insert(newAccount(conversion.newAccountName().strip(), lead))
                    : tx.accounts().get(conversion.existingAccountId());
            Contact contact = tx.contacts().insert(new Contact(TimeOrderedId.next(), account.id(), lead.name(),
                    null, null, lead.email() == null ? List.of() : List.of(lead.email()),
                    lead.phone() == null ? List.of() : List.of(lead.phone()), null, null, null));
            Opportunity opportunity = tx.opportunities().insert(newOpportunity(tx, conversion, account, lead));
            tx.stageChanges().insert(new StageChange(TimeOrderedId.next(), opportunity.id(), null,
                    opportunity.stageId(), opportunity.createdAt(), conversion.convertedBy()));
            for (ActivitySummary activity : tx.activities().ofLead(lead.id())) {
                Activity a = activity.activity();
                tx.activities().update(a.withLinks(account.id(), a.contactId() != null ? a.contactId() : contact.id(),
                        a.opportunityId() != null ? a.opportunityId() : opportunity.id()));
            }
            Lead converted = tx.leads().update(lead.convertedTo(account.id(), contact.id(), opportunity.id(), now));
            return new Converted(converted, account, create, contact, opportunity);
        });
    }

    private static Account newAccount(String name, Lead lead) {
        Account blank = Account.create(name, lead.ownerId());
        return new Account(blank.id(), name, null, null, null, null, null, lead.phone(), lead.ownerId(), null,
                lead.sourceChannel(), null, null);
    }

    private static Opportunity newOpportunity(Tx tx, Conversion conversion, Account account, Lead lead) {
        PipelineStage first = tx.stages().ofPipeline(conversion.pipelineId()).stream()
                .filter(PipelineStage::isOpen).findFirst()
                .orElseThrow(() -> new RuleViolation(List.of(new Violation("pipeline", "validation.pipeline.noOpenStage"))));
        Opportunity blank = Opportunity.create(account.id(), first, conversion.opportunityTitle().strip(),
                conversion.amount(), conversion.expectedClose(), lead.ownerId() != null ? lead.ownerId()
                        : conversion.convertedBy());
        Opportunity withChannel = new Opportunity(blank.id(), blank.accountId(), blank.pipelineId(), blank.stageId(),
                blank.title(), blank.amount(), blank.expectedClose(), blank.ownerId(), lead.sourceChannel(),
                blank.status(), null, null, tx.board().endOf(first.id()), null, null);
        RuleViolation.throwIfAny(withChannel.violations());
        return withChannel;
    }
}
