package org.fieldbook.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * A source channel the team added to the built-in ones ({@link SourceChannel}). A lead of such a channel
 * stores the channel's name where a built-in channel stores its constant's name.
 */
public record CustomChannel(UUID id, String name, int position) {
    public static final int MAX_LENGTH = 50;

    public static CustomChannel create(String name, int position) {
        return new CustomChannel(TimeOrderedId.next(), name == null ? null : name.strip(), position);
    }

    /** The built-in channel a stored value names, or null for a team's own channel's name (or nothing). */
    public static SourceChannel builtIn(String stored) {
        if (stored == null) {
            return null;
        }
        for (SourceChannel channel : SourceChannel.values()) {
            if (channel.name().equals(stored)) {
                return channel;
            }
        }
        return null;
    }

    /** What is wrong with adding {@code name} next to {@code existing}: blank, too long, or taken. */
    public static List<Violation> violations(String name, List<CustomChannel> existing) {
        List<Violation> found = new ArrayList<>();
        String wanted = name == null ? "" : name.strip();
        if (wanted.isEmpty()) {
            found.add(new Violation("name", "validation.name.required"));
        } else if (wanted.length() > MAX_LENGTH) {
            found.add(new Violation("name", "validation.channel.tooLong"));
        } else if (builtIn(wanted.toUpperCase(Locale.ROOT).replace(' ', '_')) != null
                || existing.stream().anyMatch(c -> c.name().equalsIgnoreCase(wanted))) {
            found.add(new Violation("name", "validation.channel.exists"));
        }
        return found;
    }
}
