package org.fieldbook.service;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.fieldbook.domain.Activity;
import org.fieldbook.domain.ActivitySummary;
import org.fieldbook.domain.Editing;
import org.fieldbook.domain.FieldVersions;
import org.fieldbook.domain.Lead;
import org.fieldbook.domain.RuleViolation;
import org.fieldbook.store.Store;
import org.fieldbook.store.Tx;

/**
 * Use cases of activities, one transaction each. Logging or finishing an activity can add its next step in the
 * same transaction; the first activity of a lead records the lead's first response.
 */
public final class ActivityService {
    private final Store store;

    public ActivityService(Store store) {
        this.store = store;
    }

    /** What a save stored: the activity, and the next step it added (or null). */
    public record Logged(Activity activity, Activity nextStep) {
    }

    public ActivitySummary summary(UUID id) {
        return store.read(tx -> tx.activities().summary(id)
                .orElseThrow(() -> new org.fieldbook.domain.NotFound("activity", id)));
    }

    public Editing<Activity> edit(UUID id) {
        return store.read(tx -> tx.activities().edit(id));
    }

    /** Stores a new activity and, unless {@code nextStep} is null, the next step, both or neither. */
    public Logged log(Activity activity, Activity nextStep) {
        check(activity, nextStep);
        return store.write(tx -> {
            Activity saved = tx.activities().insert(activity);
            answered(tx, saved);
            return new Logged(saved, addNextStep(tx, nextStep));
        });
    }

    /** Saves an edit (e.g. marking it done with its outcome) and, unless null, the next step. */
    public Logged update(Editing<Activity> started, Activity edited, Activity nextStep) {
        check(edited, nextStep);
        return store.write(tx -> {
            Activity saved = tx.activities().update(started, edited);
            answered(tx, saved);
            return new Logged(saved, addNextStep(tx, nextStep));
        });
    }

    private static void check(Activity activity, Activity nextStep) {
        RuleViolation.throwIfAny(activity.violations());
        if (nextStep != null) {
            RuleViolation.throwIfAny(nextStep.violations().stream()
                    .map(v -> new org.fieldbook.domain.Violation("next." + v.field(), v.messageKey())).toList());
        }
    }

    private static Activity addNextStep(Tx tx, Activity nextStep) {
        if (nextStep == null) {
            return null;
        }
        Activity saved = tx.activities().insert(nextStep);
        answered(tx, saved);
        return saved;
    }

    /**
     * The lead's first response is its first activity: when it was done, or for one only planned, when it was
     * logged. Recorded once; a later activity of the lead does not move it.
     */
    private static void answered(Tx tx, Activity activity) {
        if (activity.leadId() == null) {
            return;
        }
        // a lead in the trash (here or on a teammate's laptop) keeps no first response; the save goes on
        Lead lead = tx.leads().find(activity.leadId()).orElse(null);
        if (lead == null) {
            return;
        }
        Instant now = tx.leads().clockNow();
        Instant at = activity.doneAt() != null && activity.doneAt().isBefore(now) ? activity.doneAt() : now;
        if (lead.firstResponseAt() == null || at.isBefore(lead.firstResponseAt())) {
            tx.leads().update(lead.firstAnsweredAt(at));
        }
    }

    public void delete(UUID id, FieldVersions seen) {
        store.writeVoid(tx -> tx.activities().delete(id, seen));
    }

    public void delete(UUID id) {
        store.writeVoid(tx -> tx.activities().delete(id));
    }

    public Activity restore(UUID id) {
        return store.write(tx -> tx.activities().restore(id));
    }

    /** Open activities with a due time and those done since {@code doneSince}; only {@code ownerId}'s unless null. */
    public List<ActivitySummary> agenda(UUID ownerId, Instant doneSince) {
        return store.read(tx -> tx.activities().agenda(ownerId, doneSince));
    }

    /** Open activities due after {@code after} and at or before {@code upTo}. */
    public List<ActivitySummary> fallingDue(Instant after, Instant upTo) {
        return store.read(tx -> {
            UUID me = ProfileService.profile(tx).map(profile -> profile.me().id()).orElse(null);
            return tx.activities().fallingDue(after, upTo, me);
        });
    }

    public List<ActivitySummary> ofLead(UUID leadId) {
        return store.read(tx -> tx.activities().ofLead(leadId));
    }
}
