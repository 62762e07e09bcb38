package org.fieldbook.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A call, visit, meeting, e-mail, task or note: planned ({@code dueAt}), done ({@code doneAt}), or both. It
 * belongs to an account (or, before conversion, to a lead) and optionally to a contact and an opportunity.
 */
public record Activity(UUID id, ActivityType type, String subject, String notes, Instant dueAt, Instant doneAt,
                       String outcome, String location, UUID accountId, UUID contactId, UUID opportunityId,
                       UUID ownerId, UUID leadId) {

    /** An activity that answers no lead: what every activity was before leads could have them. */
    public Activity(UUID id, ActivityType type, String subject, String notes, Instant dueAt, Instant doneAt,
                    String outcome, String location, UUID accountId, UUID contactId, UUID opportunityId,
                    UUID ownerId) {
        this(id, type, subject, notes, dueAt, doneAt, outcome, location, accountId, contactId, opportunityId,
                ownerId, null);
    }

    /** A new activity due at {@code dueAt}, not done yet. */
    public static Activity plan(ActivityType type, String subject, Instant dueAt, UUID accountId, UUID contactId,
                                UUID opportunityId, UUID ownerId) {
        return new Activity(TimeOrderedId.next(), type, subject, null, dueAt, null, null, null, accountId,
                contactId, opportunityId, ownerId, null);
    }

    public boolean isDone() {
        return doneAt != null;
    }

    /** When it happened or is to happen: the done time, else the due time (null for an undated open note). */
    public Instant when() {
        return doneAt != null ? doneAt : dueAt;
    }

    /** Not done and due before {@code now}. */
    public boolean isOverdue(Instant now) {
        return doneAt == null && dueAt != null && dueAt.isBefore(now);
    }

    public Activity doneAt(Instant at, String result) {
        return new Activity(id, type, subject, notes, dueAt, at, result, location, accountId, contactId,
                opportunityId, ownerId, leadId);
    }

    public Activity withLead(UUID lead) {
        return new Activity(id, type, subject, notes, dueAt, doneAt, outcome, location, accountId, contactId,
                opportunityId, ownerId, lead);
    }

    public Activity withLinks(UUID account, UUID contact, UUID opportunity) {
        return new Activity(id, type, subject, notes, dueAt, doneAt, outcome, location, account, contact,
                opportunity, ownerId, leadId);
    }

    public List<Violation> violations() {
        List<Violation> found = new ArrayList<>();
        if (type == null) {
            found.add(new Violation("type", "validation.activity.type.required"));
        }
        if (subject == null || subject.isBlank()) {
            found.add(new Violation("subject", "validation.activity.subject.required"));
        }
        if (accountId == null && leadId == null) {
            found.add(new Violation("account", "validation.activity.account.required"));
        }
        if (dueAt == null && doneAt == null) {
            found.add(new Violation("when", "validation.activity.when.required"));
        }
        return found;
    }
}
