package org.fieldbook.ui.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.fieldbook.ui.common.Formats;
import org.fieldbook.ui.common.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Values of change records as people read them: no JSON quotes, amounts, dates and names their way. */
class ConflictTextTest {
    private static final UUID PROPOSAL = UUID.fromString("0190a7c2-0000-7000-8000-000000000001");
    private static final UUID DEAL = UUID.fromString("0190a7c2-beef-7000-8000-000000000003");
    private static final UUID GONE = UUID.fromString("0190a7c2-dead-7000-8000-000000000002");

    private final ConflictText english = new ConflictText(Messages.load(Locale.ENGLISH),
            new Formats(Locale.US, ZoneOffset.UTC));

    @ParameterizedTest(name = "{0}.{1} = {2} reads {3}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            opportunity | title          | "Acme North"                         | Acme North
            opportunity | amount         | 1200.0000                            | 1,200.00
            opportunity | amount         | 1234.5678                            | 1,234.5678
            account     | employees      | 40                                   | 40
            opportunity | expected_close | "2026-03-10"                         | Mar 10, 2026
            opportunity | closed_at      | "2026-03-10T14:30:00Z"               | Mar 10, 2026, 2:30 PM
            opportunity | status         | "WON"                                | Won
            lead        | status         | "QUALIFIED"                          | Qualified
            account     | source_channel | "REFERRAL"                           | Referral
            contact     | emails         | "grace@example.com\\nalan@example.com" | grace@example.com, alan@example.com
            opportunity | lost_reason    | null                                 | (empty)
            opportunity | lost_reason    | ""                                   | (empty)
            lead        | converted      | true                                 | Yes
            stage       | name           | "Negotiation"                        | Negotiation
            opportunity | stage_id       | "0190a7c2-0000-7000-8000-000000000001" | Proposal
            opportunity | account_id     | "0190a7c2-dead-7000-8000-000000000002" | 0190a7c2
            """)
    void valuesReadAsPlainText(String entity, String field, String json, String expected) {
        assertEquals(expected, english.value(entity, DEAL, field, json, new References(Map.of(PROPOSAL, "Proposal"),
                Map.of())));
    }

    @Test
    void anAmountIsShownInItsDealsCurrency() {
        References euros = new References(Map.of(), Map.of(DEAL, "EUR"));
        assertEquals("€9,500.00", english.value("opportunity", DEAL, "amount", "9500.0000", euros));
        assertEquals("9,500.00", english.value("opportunity", GONE, "amount", "9500.0000", euros),
                "a deal no longer there is shown without a currency");
    }

    @Test
    void fieldsAndRecordKindsAreNamedByTheirLabels() {
        assertEquals("Title", english.field("opportunity", "title"));
        assertEquals("Stage", english.field("opportunity", "stage_id"));
        assertEquals("Expected close", english.field("opportunity", "expected_close"));
        assertEquals("Next step", english.field("opportunity", "next_step"), "a field of a newer version");
        assertEquals("Opportunity", english.entity("opportunity"));
        assertEquals("Device 0190a7c2", english.deviceName(null, GONE));
        assertEquals("Ana's laptop", english.deviceName("Ana's laptop", GONE));
    }

    @Test
    void chineseReadsTheSameValuesInChinese() {
        ConflictText chinese = new ConflictText(Messages.load(Locale.SIMPLIFIED_CHINESE),
                new Formats(Locale.SIMPLIFIED_CHINESE, ZoneOffset.UTC));
        assertEquals("标题", chinese.field("opportunity", "title"));
        assertEquals("商机", chinese.entity("opportunity"));
        assertEquals("赢单", chinese.value("opportunity", DEAL, "status", "\"WON\"", References.NONE));
        assertEquals("12,500.00", chinese.value("opportunity", DEAL, "amount", "12500.0000", References.NONE));
        assertEquals("（空）", chinese.value("opportunity", DEAL, "lost_reason", "null", References.NONE));
        assertEquals("设备 0190a7c2", chinese.deviceName(null, GONE));
    }
}
