package org.fieldbook.ui.common;

import java.util.UUID;
import javafx.stage.Window;

/**
 * The follow-up dialogs other screens open (log an activity, a record's history, an opportunity's buying roles):
 * they belong to their own feature packages, so the wiring hands them over through this interface.
 */
public interface FollowUp {
    /** No follow-up dialogs: for screens shown on their own (the bench). */
    FollowUp NONE = new FollowUp() {
        @Override
        public void logActivity(Window owner, ActivityContext about, Runnable saved) {
        }

        @Override
        public void openActivity(Window owner, UUID activityId, Runnable saved) {
        }

        @Override
        public void showHistory(Window owner, Subject subject, UUID id, String name) {
        }

        @Override
        public void editBuyingRoles(Window owner, UUID opportunityId, Runnable changed) {
        }
    };

    /** The kinds of record that have a history. */
    enum Subject { ACCOUNT, CONTACT, OPPORTUNITY }

    /** A new activity about {@code about}; {@code saved} runs once it is stored. */
    void logActivity(Window owner, ActivityContext about, Runnable saved);

    /** Opens an activity to edit it or mark it done; {@code saved} runs once it is stored. */
    void openActivity(Window owner, UUID activityId, Runnable saved);

    /** The history timeline of a record, titled with its name. */
    void showHistory(Window owner, Subject subject, UUID id, String name);

    /** The opportunity's buying roles; {@code changed} runs after each change. */
    void editBuyingRoles(Window owner, UUID opportunityId, Runnable changed);

    /** A won opportunity's payment plan and payments received; {@code changed} runs after each change. */
    default void editPayments(Window owner, UUID opportunityId, Runnable changed) {
    }
}
