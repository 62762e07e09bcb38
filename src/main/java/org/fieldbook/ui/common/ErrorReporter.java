package org.fieldbook.ui.common;

import org.fieldbook.service.UserMessage;

/**
 * Where unexpected failures go: the window's reporter logs the exception once and shows the user one plain
 * sentence. Rule violations are not reported here; forms show them at their fields.
 */
public interface ErrorReporter {
    void report(Throwable failure);

    /** The one sentence the user reads for {@code failure}. */
    static String sentence(Throwable failure, Messages messages) {
        return UserMessage.of(failure)
                .map(message -> messages.find(message.key()) != null
                        ? messages.get(message.key(), message.argument() == null ? "" : message.argument())
                        : messages.get("error.unexpected"))
                .orElseGet(() -> messages.get("error.unexpected"));
    }
}
