package org.fieldbook.service;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.fieldbook.domain.ApprovalAction;
import org.fieldbook.domain.ApprovalNeed;
import org.fieldbook.domain.ApprovalRequest;
import org.fieldbook.domain.ApprovalRule;
import org.fieldbook.domain.ApprovalStatus;
import org.fieldbook.domain.Opportunity;
import org.fieldbook.domain.RepRole;
import org.fieldbook.domain.RuleViolation;
import org.fieldbook.domain.SalesRep;
import org.fieldbook.domain.Violation;
import org.fieldbook.domain.ListedApproval;
import org.fieldbook.store.Store;
import org.fieldbook.store.Tx;

/**
 * Approvals: the team's rules, the reps' roles, requests and decisions. Everything is written locally, one
 * transaction each, and reaches the others by sync; "me" is the profile's rep on this computer.
 *
 * <p>A request is written once by the rep and then only by one decision (status, by, at, comment, in that
 * order, in one transaction). Two managers deciding the same request offline each write those four fields:
 * after sync the request shows the decision with the later clock on every device, and the register keeps the
 * other as a conflict on the Sync screen, where a manager settles it (docs/decisions/0013-approvals.md).
 */
public final class ApprovalService {
    private final Store store;

    public ApprovalService(Store store) {
        this.store = store;
    }

    /** A manager's inbox (requests of others waiting for a decision) and the user's own requests. */
    public record Inbox(boolean manager, List<ListedApproval> toDecide, List<ListedApproval> mine) {
    }

    /** The inbox; empty before the first-run questions are answered (nobody to be "me" yet). */
    public Inbox inbox() {
        return store.read(tx -> {
            Optional<SalesRep> found = ProfileService.profile(tx).flatMap(p -> tx.reps().find(p.me().id()));
            if (found.isEmpty()) {
                return new Inbox(false, List.of(), List.of());
            }
            SalesRep me = found.get();
            boolean manager = me.isManager();
            return new Inbox(manager, manager ? tx.approvalRequests().pendingFromOthers(me.id()) : List.of(),
                    tx.approvalRequests().madeBy(me.id()));
        });
    }

    /** The requests for one deal, newest first: what its editor shows. */
    public List<ListedApproval> ofOpportunity(UUID opportunityId) {
        return store.read(tx -> tx.approvalRequests().listedOf(opportunityId));
    }

    /** Which rules the step breaks now, and whether an approval still covers the deal's facts. */
    public ApprovalNeed needed(UUID opportunityId, ApprovalAction action) {
        return store.read(tx -> ApprovalChecks.need(tx, tx.opportunities().get(opportunityId), action));
    }

    /**
     * Why a quote of {@code opportunity} cannot be made yet, or empty when it can: the shape of the quotes'
     * gate, so that it can be plugged in as {@code approvals::quoteRefusal}.
     */
    public Optional<UserMessage> quoteRefusal(Opportunity opportunity) {
        ApprovalNeed need = needed(opportunity.id(), ApprovalAction.quote());
        if (!need.required()) {
            return Optional.empty();
        }
        return Optional.of(new UserMessage(need.pending().isPresent() ? "approval.refusal.quote.pending"
                : "approval.refusal.quote", ApprovalText.reasons(need.firing())));
    }

    /**
     * Asks for approval of {@code action} with the deal's facts now. Returns the request waiting already when
     * one covers these facts; refused when no rule needs an approval or one covers the facts.
     */
    public ApprovalRequest request(UUID opportunityId, ApprovalAction action, String note) {
        return store.write(tx -> ApprovalChecks.request(tx, me(tx).id(), opportunityId, action, note));
    }

    public ApprovalRequest approve(UUID requestId, String comment) {
        return decide(requestId, ApprovalStatus.APPROVED, comment);
    }

    /** Rejects with the reason, which must be given: the rep reads it on the road. */
    public ApprovalRequest reject(UUID requestId, String comment) {
        if (comment == null || comment.isBlank()) {
            throw refusal("comment", "approval.reject.commentRequired");
        }
        return decide(requestId, ApprovalStatus.REJECTED, comment);
    }

    private ApprovalRequest decide(UUID requestId, ApprovalStatus decision, String comment) {
        return store.write(tx -> {
            SalesRep me = me(tx);
            var started = tx.approvalRequests().edit(requestId);
            ApprovalRequest request = started.original();
            if (!me.isManager()) {
                throw refusal("decision", "approval.decide.notManager");
            }
            if (request.requestedBy().equals(me.id())) {
                throw refusal("decision", "approval.decide.ownRequest");
            }
            if (!request.isPending()) {
                throw refusal("decision", "approval.decide.alreadyDecided");
            }
            return tx.approvalRequests().update(started,
                    request.decided(decision, me.id(), tx.approvalRequests().clockNow(), comment));
        });
    }

    /** The team's rules, discount rules first. */
    public List<ApprovalRule> rules() {
        return store.read(tx -> tx.approvalRules().all().stream()
                .sorted(java.util.Comparator.comparing(ApprovalRule::kind).thenComparing(ApprovalRule::threshold))
                .toList());
    }

    /** Adds or changes a rule; only a manager may, or anyone while the team has no manager yet. */
    public ApprovalRule saveRule(ApprovalRule rule) {
        RuleViolation.throwIfAny(rule.violations());
        return store.write(tx -> {
            requireMayManage(tx);
            if (rule.stageId() != null) {
                tx.stages().get(rule.stageId());
            }
            return tx.approvalRules().find(rule.id()).isPresent() ? tx.approvalRules().update(rule)
                    : tx.approvalRules().insert(rule);
        });
    }

    public void removeRule(UUID ruleId) {
        store.writeVoid(tx -> {
            requireMayManage(tx);
            tx.approvalRules().delete(ruleId);
        });
    }

    /** Gives a rep a role; only a manager may, or anyone while the team has no manager yet. */
    public SalesRep setRole(UUID repId, RepRole role) {
        return store.write(tx -> {
            requireMayManage(tx);
            return tx.reps().update(tx.reps().get(repId).withRole(role));
        });
    }

    /** Whether the user may change rules and roles: a manager, or anyone in a team without one. */
    public boolean mayManage() {
        return store.read(ApprovalService::mayManage);
    }

    /** The user as a rep, with their current role. */
    public Optional<SalesRep> me() {
        return store.read(tx -> ProfileService.profile(tx).flatMap(p -> tx.reps().find(p.me().id())));
    }

    private static boolean mayManage(Tx tx) {
        Optional<SalesRep> me = ProfileService.profile(tx).flatMap(p -> tx.reps().find(p.me().id()));
        return me.map(SalesRep::isManager).orElse(false) || tx.reps().all().stream().noneMatch(SalesRep::isManager);
    }

    private static void requireMayManage(Tx tx) {
        if (!mayManage(tx)) {
            throw refusal("role", "approval.manage.managersOnly");
        }
    }

    static SalesRep me(Tx tx) {
        return ProfileService.profile(tx).flatMap(p -> tx.reps().find(p.me().id()))
                .orElseThrow(() -> refusal("profile", "approval.noProfile"));
    }

    private static RuleViolation refusal(String field, String key) {
        return new RuleViolation(List.of(new Violation(field, key)));
    }
}
