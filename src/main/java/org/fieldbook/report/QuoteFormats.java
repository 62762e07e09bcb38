package org.fieldbook.report;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import org.fieldbook.domain.Currencies;

/**
 * A quote's figures as its reader's language writes them: amounts exact with the currency's symbol and minor
 * unit (a unit price keeps up to four decimals), quantities without trailing zeros, dates in the medium style.
 */
final class QuoteFormats {
    private final NumberFormat money;
    private final NumberFormat unitPrice;
    private final NumberFormat quantity;
    private final NumberFormat percent;
    private final DateTimeFormatter dates;

    QuoteFormats(ReportText text, String currency) {
        int minor = Currencies.minorDigits(currency);
        money = NumberFormat.getCurrencyInstance(text.locale());
        money.setCurrency(Currency.getInstance(currency));
        money.setMinimumFractionDigits(minor);
        money.setMaximumFractionDigits(minor);
        unitPrice = (NumberFormat) money.clone();
        unitPrice.setMaximumFractionDigits(Math.max(minor, 4));
        quantity = NumberFormat.getNumberInstance(text.locale());
        quantity.setMaximumFractionDigits(4);
        percent = NumberFormat.getNumberInstance(text.locale());
        percent.setMaximumFractionDigits(2);
        for (NumberFormat format : new NumberFormat[] {money, unitPrice, quantity, percent}) {
            if (format instanceof DecimalFormat decimal) {
                decimal.setParseBigDecimal(true);
            }
        }
        dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(text.locale());
    }

    String money(BigDecimal amount) {
        return money.format(amount);
    }

    String unitPrice(BigDecimal amount) {
        return unitPrice.format(amount);
    }

    String quantity(BigDecimal amount) {
        return quantity.format(amount);
    }

    String percent(BigDecimal amount) {
        return percent.format(amount);
    }

    String date(LocalDate date) {
        return dates.format(date);
    }
}
