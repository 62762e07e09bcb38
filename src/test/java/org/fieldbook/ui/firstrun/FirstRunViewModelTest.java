package org.fieldbook.ui.firstrun;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Locale;
import org.fieldbook.ui.common.Fixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FirstRunViewModelTest {
    @TempDir
    Path dataFolder;

    @Test
    void theCurrencyStartsFromTheLocaleAndANameIsNeeded() {
        try (Fixture fx = new Fixture(dataFolder)) {
            FirstRunViewModel vm = new FirstRunViewModel(fx.context.profile(), fx.runner, fx.errors, Locale.CHINA);
            assertEquals("CNY", vm.currencyProperty().get());
            assertFalse(vm.canSaveProperty().get());
            vm.nameProperty().set("王小明");
            vm.currencyProperty().set("cny");
            assertTrue(vm.save(profile -> { }));
            var profile = fx.context.profile().profile().orElseThrow();
            assertEquals("王小明", profile.me().name());
            assertEquals("CNY", profile.defaultCurrency());
        }
    }

    @Test
    void anUnknownCurrencyIsRefused() {
        try (Fixture fx = new Fixture(dataFolder)) {
            FirstRunViewModel vm = new FirstRunViewModel(fx.context.profile(), fx.runner, fx.errors, Locale.US);
            vm.nameProperty().set("Ada");
            vm.currencyProperty().set("DOLLARS");
            assertEquals("validation.currency.invalid", vm.errors().of(FirstRunViewModel.CURRENCY));
            assertFalse(vm.save(profile -> { }));
            assertTrue(fx.context.profile().profile().isEmpty());
        }
    }
}
