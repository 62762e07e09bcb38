package org.fieldbook.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.fieldbook.domain.Money;
import org.fieldbook.domain.OpportunityStatus;
import org.fieldbook.domain.RuleViolation;
import org.fieldbook.domain.Violation;
import org.fieldbook.service.UserMessage;
import org.fieldbook.store.StoreException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The small shared pieces of the window, without the toolkit. */
class CommonTest {
    @ParameterizedTest
    @CsvSource(textBlock = """
            en-US, USD, 12500.5, '$12,500.50'
            zh-CN, CNY, 12500.5, '¥12,500.50'
            de-DE, EUR, 12500.5, '12.500,50 €'
            en-US, JPY, 12500,   '¥12,500'
            """)
    void moneyIsWrittenTheLocalesWayInItsOwnCurrency(String tag, String currency, String amount, String expected) {
        Formats formats = new Formats(Locale.forLanguageTag(tag));
        assertEquals(expected, formats.money(new Money(new BigDecimal(amount), currency)).replace('\u00a0', ' '));
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            en-US, '12,500.50', 12500.50
            en-US, 12500.5,     12500.5
            de-DE, '12.500,50', 12500.50
            de-DE, 12500.5,     12500.5
            en-US, -3,          -3
            """)
    void amountsAreReadTheLocalesWayOrPlainly(String tag, String text, String expected) {
        Optional<BigDecimal> read = new Formats(Locale.forLanguageTag(tag)).parseAmount(text);
        assertEquals(0, new BigDecimal(expected).compareTo(read.orElseThrow()), text);
    }

    @Test
    void textThatIsNotWhollyANumberIsNoAmount() {
        Formats formats = new Formats(Locale.US);
        assertTrue(formats.parseAmount("12abc").isEmpty());
        assertTrue(formats.parseAmount("").isEmpty());
        assertTrue(formats.parseAmount("abc").isEmpty());
        assertTrue(formats.parseAmount("12,5").isEmpty(), "a comma in the wrong place is not a thousands mark");
    }

    @Test
    void datesFollowTheLocale() {
        var date = java.time.LocalDate.of(2030, 3, 31);
        assertEquals("Mar 31, 2030", new Formats(Locale.US).date(date));
        assertEquals("2030年3月31日", new Formats(Locale.SIMPLIFIED_CHINESE).date(date));
    }

    @Test
    void compactDatesAreShortOnlyWhereTheShortFormKeepsTheYear() {
        var date = java.time.LocalDate.of(2030, 3, 31);
        assertEquals("2030/3/31", new Formats(Locale.SIMPLIFIED_CHINESE).compactDate(date));
        assertEquals("2030/3/31", new Formats(Locale.TRADITIONAL_CHINESE).compactDate(date));
        assertEquals("31/03/2030", new Formats(Locale.FRANCE).compactDate(date));
        assertEquals("Mar 31, 2030", new Formats(Locale.US).compactDate(date), "3/31/30 would lose the century");
        assertEquals("31.03.2030", new Formats(Locale.GERMANY).compactDate(date));
        assertEquals("", new Formats(Locale.US).compactDate(null));
        assertTrue(Formats.spellsTheWholeYear("y/M/d"));
        assertTrue(Formats.spellsTheWholeYear("dd.MM.yyyy"));
        assertFalse(Formats.spellsTheWholeYear("M/d/yy"));
        assertFalse(Formats.spellsTheWholeYear("d 'yy' MMM"), "no year outside the quotes");
    }

    @Test
    void oneFormatsWritesEachCurrencyItsOwnWayInTurn() {
        Formats formats = new Formats(Locale.US);
        assertEquals("$12.50", formats.money(new Money(new BigDecimal("12.5"), "USD")));
        assertEquals("¥1,250", formats.money(new Money(new BigDecimal("1250"), "JPY")));
        assertEquals("$7.00", formats.money(new Money(new BigDecimal("7"), "USD")));
    }

    @Test
    void aPatternUsedAgainFillsInEachCallsOwnArguments() {
        Messages messages = Messages.load(Locale.US);
        assertEquals("new in stage", messages.get("board.card.days", 0));
        assertEquals("1 day in stage", messages.get("board.card.days", 1));
        assertEquals("1,200 days in stage", messages.get("board.card.days", 1200));
        assertEquals("new in stage", messages.get("board.card.days", 0));
        assertEquals("在此阶段 3 天", Messages.load(Locale.SIMPLIFIED_CHINESE).get("board.card.days", 3));
    }

    @Test
    void theLanguageComesFromThePropertyElseTheDefault() {
        assertEquals(Locale.SIMPLIFIED_CHINESE, Messages.chosenLocale("zh-CN", Locale.US));
        assertEquals(Locale.TRADITIONAL_CHINESE, Messages.chosenLocale("zh_TW", Locale.US));
        assertEquals(Locale.US, Messages.chosenLocale(null, Locale.US));
        assertEquals(Locale.US, Messages.chosenLocale(" ", Locale.US));
    }

    @Test
    void enumsStartingNamesAndPluralsComeFromTheBundles() {
        Messages english = Messages.load(Locale.ENGLISH);
        Messages chinese = Messages.load(Locale.SIMPLIFIED_CHINESE);
        Messages taiwan = Messages.load(Locale.TRADITIONAL_CHINESE);
        assertEquals("Won", english.name(OpportunityStatus.WON));
        assertEquals("赢单", chinese.name(OpportunityStatus.WON));
        assertEquals("贏單", taiwan.name(OpportunityStatus.WON));
        assertEquals("議價協商", taiwan.dataName("Negotiation"));
        assertEquals("My own stage", chinese.dataName("My own stage"));
        assertEquals("1 account", english.get("accounts.summary", 1));
        assertEquals("1,200 accounts", english.get("accounts.summary", 1200));
        assertEquals("No accounts", english.get("accounts.summary", 0));
    }

    @Test
    void aRefusedFieldKeepsItsMessageUntilItIsEdited() {
        FieldErrors errors = new FieldErrors();
        errors.check("name", null);
        assertTrue(errors.isValid());
        errors.refusedBy(new RuleViolation(List.of(new Violation("name", "validation.name.required"))));
        assertEquals("validation.name.required", errors.of("name"));
        assertFalse(errors.isValid());
        errors.edited("name");
        assertNull(errors.of("name"));
        assertTrue(errors.isValid());
    }

    @Test
    void theFormsOwnCheckWinsOverWhatTheServiceSaid() {
        FieldErrors errors = new FieldErrors();
        errors.refusedBy(new RuleViolation(List.of(new Violation("amount", "validation.amount.negative"))));
        errors.check("amount", "validation.amount.invalid");
        assertEquals("validation.amount.invalid", errors.of("amount"));
    }

    @Test
    void storeFailuresBecomeOneSentenceInTheUsersLanguage() {
        Messages english = Messages.load(Locale.ENGLISH);
        var inUse = new StoreException("error.dataFolder.inUse", "/data", "in use", null);
        assertEquals(Optional.of(new UserMessage("error.dataFolder.inUse", "/data")), UserMessage.of(
                new RuntimeException(inUse)));
        assertTrue(ErrorReporter.sentence(inUse, english).contains("/data"));
        assertEquals(english.get("error.unexpected"), ErrorReporter.sentence(new IllegalStateException(), english));
    }

    @Test
    void undoTakesBackTheNewestChangeFirstAndSaysWhatItWillDo() {
        java.util.List<String> done = new java.util.ArrayList<>();
        DataRevision revision = new DataRevision();
        UndoStack undo = new UndoStack(BackgroundRunner.inline(), failure -> { }, revision);
        assertFalse(undo.canUndoProperty().get());
        undo.push(UndoableChange.of("Undo first", () -> done.add("first")));
        undo.push(UndoableChange.of("Undo second", () -> done.add("second")));
        assertEquals("Undo second", undo.nextUndoProperty().get());
        undo.undo(description -> { });
        assertEquals(List.of("second"), done);
        assertEquals("Undo first", undo.nextUndoProperty().get());
        assertEquals(1, revision.current(), "screens read their rows again after an undo");
        undo.undo(description -> { });
        assertFalse(undo.canUndoProperty().get());
        assertEquals("", undo.nextUndoProperty().get());
    }

    @Test
    void aFailedUndoIsReportedAndNotRetried() {
        java.util.List<Throwable> reported = new java.util.ArrayList<>();
        UndoStack undo = new UndoStack(BackgroundRunner.inline(), reported::add, new DataRevision());
        undo.push(UndoableChange.of("Undo", () -> {
            throw new IllegalStateException("gone");
        }));
        undo.undo(description -> { });
        assertEquals(1, reported.size());
        assertFalse(undo.canUndoProperty().get());
    }
}
