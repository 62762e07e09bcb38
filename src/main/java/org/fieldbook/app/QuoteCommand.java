package org.fieldbook.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.fieldbook.domain.NotFound;
import org.fieldbook.domain.Quote;
import org.fieldbook.domain.RuleViolation;
import org.fieldbook.report.QuoteExport;
import org.fieldbook.report.ReportException;
import org.fieldbook.report.ReportText;
import org.fieldbook.service.QuoteRefused;
import org.fieldbook.ui.common.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "quote", description = {
        "Issues the next version of an opportunity's quote from its line items (numbered, kept on its history) "
                + "and writes it as a PDF in the chosen language."})
final class QuoteCommand implements Callable<Integer> {
    @ParentCommand
    FieldbookCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--opportunity", required = true, paramLabel = "ID", description = "The opportunity's id.")
    String opportunity;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The PDF to write (replaced if "
            + "it exists; written under a temporary name first).")
    Path out;

    @Option(names = "--locale", paramLabel = "TAG", description = "Language of the quote, e.g. en, zh-CN, zh-TW "
            + "(default: the fieldbook.locale property, else the system's).")
    String locale;

    @Override
    public Integer call() throws IOException {
        UUID id;
        try {
            id = UUID.fromString(opportunity.strip());
        } catch (IllegalArgumentException e) {
            throw bad("--opportunity " + opportunity + " is not an opportunity id");
        }
        if (Files.isDirectory(out)) {
            throw bad("--out " + out + " is a folder; name the file to write");
        }
        Locale language = locale != null ? Messages.chosenLocale(locale, Locale.ENGLISH)
                : Messages.chosenLocale(System.getProperty("fieldbook.locale"), Locale.getDefault());
        try (AppContext context = parent.openContext()) {
            Quote quote = context.quotes().create(id);
            new QuoteExport().write(context.quotes().document(quote.id()), language, out);
            spec.commandLine().getOut().println(quote.number() + " v" + quote.version() + " " + out.toAbsolutePath());
            return 0;
        } catch (NotFound e) {
            return fail("no opportunity " + id);
        } catch (QuoteRefused e) {
            return fail(ReportText.load(Locale.ENGLISH).get(e.reason().key(), e.reason().argument()));
        } catch (RuleViolation e) {
            return fail(e.violations().stream().map(v -> ReportText.load(Locale.ENGLISH).get(v.messageKey()))
                    .reduce((a, b) -> a + "; " + b).orElse("the quote cannot be made"));
        } catch (ReportException e) {
            return fail(e.getMessage());
        }
    }

    private int fail(String sentence) {
        spec.commandLine().getErr().println("fieldbook: " + sentence);
        return FieldbookCommand.USAGE_ERROR;
    }

    private ParameterException bad(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
