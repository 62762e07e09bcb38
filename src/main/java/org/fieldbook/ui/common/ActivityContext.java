package org.fieldbook.ui.common;

import java.util.UUID;
import org.fieldbook.domain.ActivityType;

/** What a new activity is about, as far as the screen it is logged from knows it; any part may be null. */
public record ActivityContext(UUID accountId, UUID contactId, UUID opportunityId, UUID leadId, ActivityType type) {
    public static final ActivityContext NOTHING = new ActivityContext(null, null, null, null, null);

    public static ActivityContext ofAccount(UUID accountId) {
        return new ActivityContext(accountId, null, null, null, null);
    }

    public ActivityContext ofType(ActivityType newType) {
        return new ActivityContext(accountId, contactId, opportunityId, leadId, newType);
    }
}
