package org.fieldbook.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ValidationTest {
    private static final PipelineStage PROSPECTING = new PipelineStage(UUID.randomUUID(), UUID.randomUUID(),
            "Prospecting", 0, 10, StageKind.OPEN, 30);

    @ParameterizedTest
    @CsvSource(textBlock = """
            ana@example.com,        true
            ana.lee+crm@mail.co.uk, true
            王芳@例子.中国,            true
            ana@example,            false
            ana example.com,        false
            ana@@example.com,       false
            '',                     false
            """)
    void emailAddresses(String address, boolean valid) {
        assertEquals(valid, EmailAddress.isValid(address));
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            EUR, true
            CNY, true
            TWD, true
            eur, false
            XYZ, false
            EURO, false
            """)
    void currencies(String code, boolean valid) {
        assertEquals(valid, Currencies.isValid(code));
    }

    @Test
    void anOpportunityNeedsATitleANonNegativeAmountAndACloseDate() {
        var opportunity = new Opportunity(UUID.randomUUID(), UUID.randomUUID(), PROSPECTING.pipelineId(),
                PROSPECTING.id(), " ", Money.of("-1", "EUR"), null, null, null, OpportunityStatus.OPEN, null,
                null, 0, null, null);
        assertEquals(List.of("title", "amount", "expectedClose"),
                opportunity.violations().stream().map(Violation::field).toList());
    }

    @Test
    void aValidOpportunityHasNoViolations() {
        var opportunity = Opportunity.create(UUID.randomUUID(), PROSPECTING, "Pumps", Money.of("0", "EUR"),
                LocalDate.of(2027, 3, 1), null);
        assertEquals(List.of(), opportunity.violations());
    }

    @Test
    void aContactWithABadEmailIsRefusedAtTheEmailField() {
        var contact = new Contact(UUID.randomUUID(), null, "Ana", null, null, List.of("ana@"), List.of(), null,
                null, null);
        assertEquals(List.of(new Violation("email", "validation.email.invalid")), contact.violations());
    }

    @Test
    void moneyRefusesToAddDifferentCurrencies() {
        assertThrows(IllegalArgumentException.class, () -> Money.of("1", "EUR").plus(Money.of("1", "USD")));
        assertEquals(Money.of("3.50", "EUR"), Money.of("1.25", "EUR").plus(Money.of("2.25", "EUR")));
    }

    @Test
    void movingIntoAWonStageClosesAndBackIntoAnOpenStageReopens() {
        var won = new PipelineStage(UUID.randomUUID(), PROSPECTING.pipelineId(), "Won", 4, 100, StageKind.WON, null);
        var opportunity = Opportunity.create(UUID.randomUUID(), PROSPECTING, "Pumps", Money.of("5", "EUR"),
                LocalDate.of(2027, 3, 1), null);
        var at = java.time.Instant.parse("2026-11-23T10:00:00Z");
        var closed = opportunity.movedTo(won, at);
        assertEquals(OpportunityStatus.WON, closed.status());
        assertEquals(at, closed.closedAt());
        var reopened = closed.movedTo(PROSPECTING, at);
        assertEquals(OpportunityStatus.OPEN, reopened.status());
        assertEquals(null, reopened.closedAt());
    }

    @Test
    void initialsOfLatinAndChineseNames() {
        assertEquals("AL", new SalesRep(null, "Ada  Lovelace", null, null, null).initials());
        assertEquals("王", new SalesRep(null, "王芳", null, null, null).initials());
    }
}
