package org.fieldbook.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The history's old → new values are written as the rest of the window writes them, not as stored. */
class ValueTextTest {
    private final Messages messages = Messages.load(Locale.ENGLISH);
    private final ValueText values = new ValueText(messages, new Formats(Locale.US, java.time.ZoneOffset.UTC));

    @Test
    void storedValuesReadAsTheWindowWritesThem() {
        assertEquals("12,500.00", values.ofText("opportunity", "amount", "12500.0000"));
        assertEquals(messages.get("enum.OpportunityStatus.WON"), values.ofText("opportunity", "status", "WON"));
        assertEquals(messages.get("enum.SourceChannel.WEBSITE"), values.ofText("lead", "source_channel", "WEBSITE"));
        assertEquals(new Formats(Locale.US).date(java.time.LocalDate.of(2026, 3, 31)),
                values.ofText("opportunity", "expected_close", "2026-03-31"));
        assertEquals(messages.get("sync.value.yes"), values.ofText("activity", "done", "true"));
        assertEquals("a@example.com, b@example.com", values.ofText("contact", "emails", "a@example.com\nb@example.com"));
        assertEquals(messages.get("timeline.none"), values.ofText("account", "phone", null));
        assertEquals("Acme 2026", values.ofText("account", "name", "Acme 2026"));
    }
}
