package org.fieldbook.ui.sync;

import java.util.List;
import org.fieldbook.sync.Conflict;

/**
 * One conflict as the Sync screen lists it: which record, what about it, and each side in words.
 *
 * @param heading e.g. "Opportunity “Line upgrade”"
 * @param what    the field's label, or a sentence for a record deleted while edited
 */
public record ConflictItem(Conflict conflict, String heading, String what, List<Side> sides, String searchText) {
    public ConflictItem {
        sides = List.copyOf(sides);
    }

    public boolean deletedWhileEdited() {
        return conflict.kind() == Conflict.Kind.DELETED_WHILE_EDITED;
    }

    /** One side: its value as text, who made it and when, and whether it is the one shown now. */
    public record Side(Conflict.Value value, String text, String who, String when, boolean shown) {
    }
}
