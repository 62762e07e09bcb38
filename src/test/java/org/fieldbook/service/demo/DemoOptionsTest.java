package org.fieldbook.service.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DemoOptionsTest {
    @Test
    void defaultsAreAboutFortyAccountsAndThreeHundredOpportunitiesAsOfToday() {
        DemoOptions options = DemoOptions.defaults(Locale.US);
        assertEquals(40, options.accounts());
        assertEquals(300, options.opportunities());
        assertEquals(LocalDate.now(), options.today());
    }

    @Test
    void countsMustMakeSense() {
        assertThrows(IllegalArgumentException.class, () -> new DemoOptions(1, 0, 10, Locale.US, LocalDate.now()));
        assertThrows(IllegalArgumentException.class, () -> new DemoOptions(1, 5, -1, Locale.US, LocalDate.now()));
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            300,     40
            5000,    667
            100000,  13333
            0,       1
            """)
    void accountsFollowTheDefaultRatio(int opportunities, int accounts) {
        assertEquals(accounts, DemoOptions.accountsFor(opportunities));
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            0,       4
            300,     5
            5000,    6
            100000,  7
            1000000, 8
            """)
    void theTeamGrowsWithTheDataSet(int opportunities, int reps) {
        assertEquals(reps, SalesTeam.sizeFor(opportunities));
    }
}
