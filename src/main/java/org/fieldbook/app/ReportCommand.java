package org.fieldbook.app;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.concurrent.Callable;
import org.fieldbook.analytics.FilterChoices;
import org.fieldbook.analytics.KpiFilter;
import org.fieldbook.analytics.Kpis;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "report", description = {
        "Prints every KPI of the dashboard for a period and filter as one JSON object (keys as in KPIS.md).",
        "Amounts are in the reporting currency; a figure needing a rate that is not set is null, and the "
                + "currencies lacking one are listed under missing_rates (and named on stderr)."})
final class ReportCommand implements Callable<Integer> {
    @ParentCommand
    FieldbookCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "Print one JSON object (the only format so far).")
    boolean json;

    @Mixin
    KpiFilterOptions filters;

    @Override
    public Integer call() throws IOException {
        filters.checkArguments();
        try (AppContext context = parent.openContext()) {
            var analytics = context.analytics();
            FilterChoices choices = analytics.choices();
            KpiFilter filter = filters.filter(choices);
            Kpis kpis = analytics.compute(filter, filters.rates(analytics));
            var out = spec.commandLine().getOut();
            out.println(mapper().writeValueAsString(new Report(kpis, analytics.approvals(filter))));
            out.flush();
            warnMissingRates(spec, kpis);
            return 0;
        }
    }

    /** The figures of {@link Kpis} with the ones computed apart from it (KPIS.md's later keys) beside them. */
    record Report(@com.fasterxml.jackson.annotation.JsonUnwrapped Kpis kpis,
                  org.fieldbook.analytics.ApprovalKpi approvals) {
    }

    static void warnMissingRates(CommandSpec spec, Kpis kpis) {
        if (!kpis.missingRates().isEmpty()) {
            spec.commandLine().getErr().println("fieldbook: no rate to " + kpis.reportingCurrency() + " for "
                    + String.join(", ", kpis.missingRates()) + ": amounts that include them are null "
                    + "(set them in the dashboard, or pass --rate CODE=RATE)");
        }
    }

    /** KPIS.md's keys: the records' names in snake case, with the digits of share_ge_120 set apart. */
    static ObjectMapper mapper() {
        SimpleModule dates = new SimpleModule();
        dates.addSerializer(LocalDate.class, new ToStringSerializer<>());
        dates.addSerializer(YearMonth.class, new ToStringSerializer<>());
        return new ObjectMapper().registerModule(dates)
                .setPropertyNamingStrategy(new PropertyNamingStrategies.SnakeCaseStrategy() {
                    @Override
                    public String translate(String name) {
                        return super.translate(name).replaceAll("_ge(\\d+)$", "_ge_$1");
                    }
                })
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    }

    private static final class ToStringSerializer<T> extends JsonSerializer<T> {
        @Override
        public void serialize(T value, JsonGenerator generator, SerializerProvider provider) throws IOException {
            generator.writeString(value.toString());
        }
    }
}
