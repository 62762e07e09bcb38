package org.fieldbook.app;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.fieldbook.analytics.AnalyticsService;
import org.fieldbook.analytics.FilterChoices;
import org.fieldbook.analytics.KpiFilter;
import org.fieldbook.analytics.Rates;
import org.fieldbook.domain.Currencies;
import org.fieldbook.domain.ExchangeRate;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The dashboard's filters on the command line, shared by {@code report} and {@code export}. */
final class KpiFilterOptions {
    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--from", paramLabel = "DATE", description = "First day of the period, e.g. 2025-04-01 "
            + "(default: a year before --to).")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", description = "Last day of the period (default: today).")
    LocalDate to;

    @Option(names = "--pipeline", paramLabel = "NAME", description = "Only this pipeline.")
    String pipeline;

    @Option(names = "--owner", paramLabel = "NAME", description = "Only deals of this owner (repeatable).")
    List<String> owners = new ArrayList<>();

    @Option(names = "--channel", paramLabel = "NAME", description = "Only this source channel (repeatable).")
    List<String> channels = new ArrayList<>();

    @Option(names = "--currency", paramLabel = "CODE", description = "Report in this currency (default: the one "
            + "set in the dashboard, else the user's).")
    String currency;

    @Option(names = "--rate", paramLabel = "CODE=RATE", description = "What one unit of CODE is worth in the "
            + "reporting currency, for this run only (repeatable), e.g. --rate EUR=1.08.")
    Map<String, String> rates = new LinkedHashMap<>();

    /** Checks what needs no database: the period and the currency code. */
    void checkArguments() {
        LocalDate end = end();
        if (end.isBefore(start())) {
            throw new ParameterException(spec.commandLine(), "--to " + end + " is before --from " + start());
        }
        if (currency != null && !Currencies.isValid(currency)) {
            throw new ParameterException(spec.commandLine(), "--currency " + currency + " is not an ISO 4217 code");
        }
    }

    KpiFilter filter(FilterChoices choices) {
        return new KpiFilter(start(), end(), pipelineId(choices), ownerIds(choices), channels(choices));
    }

    private LocalDate end() {
        return to != null ? to : LocalDate.now();
    }

    private LocalDate start() {
        return from != null ? from : end().minusYears(1).plusDays(1);
    }

    private UUID pipelineId(FilterChoices choices) {
        if (pipeline == null) {
            return null;
        }
        return choices.pipelines().stream().filter(p -> p.name().equalsIgnoreCase(pipeline.strip())).findFirst()
                .map(FilterChoices.Choice::id)
                .orElseThrow(() -> new ParameterException(spec.commandLine(), "no pipeline named '" + pipeline
                        + "'; there are: " + String.join(", ", choices.pipelines().stream()
                        .map(FilterChoices.Choice::name).toList())));
    }

    private Set<UUID> ownerIds(FilterChoices choices) {
        Set<UUID> ids = new LinkedHashSet<>();
        for (String owner : owners) {
            List<UUID> matching = choices.owners().stream().filter(o -> o.name().equalsIgnoreCase(owner.strip()))
                    .map(FilterChoices.Choice::id).toList();
            if (matching.isEmpty()) {
                throw new ParameterException(spec.commandLine(), "no owner named '" + owner + "'");
            }
            ids.addAll(matching);
        }
        return ids;
    }

    /** Channels as stored (upper case); a name nobody uses is refused, so a typo is not an empty report. */
    private Set<String> channels(FilterChoices choices) {
        Set<String> names = new LinkedHashSet<>();
        for (String channel : channels) {
            String name = channel.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
            if (!choices.channels().contains(name)) {
                throw new ParameterException(spec.commandLine(), "no deal or lead has the channel '" + channel
                        + "'; in use: " + String.join(", ", choices.channels()));
            }
            names.add(name);
        }
        return names;
    }

    Rates rates(AnalyticsService analytics) {
        Rates stored = analytics.rates();
        String reporting = currency != null ? currency : stored.reportingCurrency();
        List<ExchangeRate> set = new ArrayList<>();
        if (reporting.equals(stored.reportingCurrency())) {
            stored.toReporting().forEach((code, rate) -> {
                if (!code.equals(reporting)) {
                    set.add(new ExchangeRate(code, reporting, rate));
                }
            });
        }
        rates.forEach((code, rate) -> {
            try {
                set.removeIf(r -> r.from().equals(code));
                set.add(new ExchangeRate(code.strip().toUpperCase(Locale.ROOT), reporting, new BigDecimal(rate)));
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), "--rate " + code + "=" + rate
                        + " is not a currency code and a positive number");
            }
        });
        return Rates.of(reporting, set);
    }
}
