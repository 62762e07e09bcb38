package org.fieldbook.ui.leads;

import org.fieldbook.domain.Lead;
import org.fieldbook.domain.SourceChannel;
import org.fieldbook.ui.common.Messages;

/** A channel as the lead form offers it: a built-in one, or one of the team's own by its name. */
record ChannelChoice(SourceChannel builtIn, String custom) {
    static ChannelChoice of(Lead lead) {
        if (lead.sourceChannel() != null) {
            return new ChannelChoice(lead.sourceChannel(), null);
        }
        return lead.customChannel() == null ? null : new ChannelChoice(null, lead.customChannel());
    }

    String label(Messages messages) {
        return builtIn != null ? messages.name(builtIn) : custom;
    }

    /** How a lead's channel reads in the table: the built-in one in the user's language, a team's own as named. */
    static String labelOf(Lead lead, Messages messages) {
        ChannelChoice choice = of(lead);
        return choice == null ? "" : choice.label(messages);
    }
}
