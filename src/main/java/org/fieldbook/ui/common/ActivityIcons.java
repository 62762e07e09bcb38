package org.fieldbook.ui.common;

import org.fieldbook.domain.ActivityType;

/** The Ikonli icon of each kind of activity, the same on every screen. */
public final class ActivityIcons {
    private ActivityIcons() {
    }

    public static String of(ActivityType type) {
        if (type == null) {
            return "mdal-event";
        }
        return switch (type) {
            case CALL -> "mdal-call";
            case VISIT -> "mdoal-directions_car";
            case MEETING -> "mdal-group";
            case EMAIL -> "mdal-email";
            case TASK -> "mdal-check_box";
            case NOTE -> "mdmz-note";
        };
    }
}
