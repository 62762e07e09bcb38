package org.fieldbook.ui.common;

/** Tells the user in passing what just happened ("Saved account “Acme”"), in the status bar. */
@FunctionalInterface
public interface Announcer {
    void announce(String message);
}
