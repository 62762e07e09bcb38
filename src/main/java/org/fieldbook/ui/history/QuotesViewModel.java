package org.fieldbook.ui.history;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.fieldbook.domain.Quote;
import org.fieldbook.domain.RuleViolation;
import org.fieldbook.report.QuoteExport;
import org.fieldbook.report.ReportException;
import org.fieldbook.service.QuoteRefused;
import org.fieldbook.service.QuoteService;
import org.fieldbook.ui.common.BackgroundRunner;
import org.fieldbook.ui.common.ErrorReporter;
import org.fieldbook.ui.common.Messages;

/**
 * A deal's quotes from its history: create the next version, open or save a stored one (drawn anew from what
 * was frozen), mark one sent. What happened, or why not, is one sentence in {@link #statusProperty()}.
 */
public final class QuotesViewModel {
    private final QuoteService quotes;
    private final QuoteExport export;
    private final BackgroundRunner runner;
    private final ErrorReporter errors;
    private final Messages messages;
    private final Consumer<Path> opener;
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private Path openFolder;

    /** {@code opener} shows a written PDF in the system's viewer. */
    public QuotesViewModel(QuoteService quotes, QuoteExport export, BackgroundRunner runner, ErrorReporter errors,
                           Messages messages, Consumer<Path> opener) {
        this.quotes = quotes;
        this.export = export;
        this.runner = runner;
        this.errors = errors;
        this.messages = messages;
        this.opener = opener;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Issues the next version; {@code created} gets it (to read the timeline again). */
    public void create(UUID opportunityId, Consumer<Quote> created) {
        work(() -> quotes.create(opportunityId), quote -> {
            status.set(messages.get("quote.created", quote.number(), quote.version()));
            created.accept(quote);
        });
    }

    /** Writes the stored version to a file of its own name in a temporary folder and opens it. */
    public void open(Quote quote) {
        work(() -> {
            Path file = folder().resolve(quote.fileName());
            export.write(quotes.document(quote.id()), messages.locale(), file);
            return file;
        }, file -> {
            status.set("");
            opener.accept(file);
        });
    }

    public void saveAs(Quote quote, Path target) {
        work(() -> {
            export.write(quotes.document(quote.id()), messages.locale(), target);
            return target;
        }, file -> status.set(messages.get("quote.saved", file)));
    }

    public void markSent(Quote quote, Consumer<Quote> sent) {
        String subject = messages.get("quote.sentSubject", quote.number(), quote.version());
        work(() -> quotes.markSent(quote.id(), subject), marked -> {
            status.set(messages.get("quote.markedSent", marked.number()));
            sent.accept(marked);
        });
    }

    private <T> void work(java.util.concurrent.Callable<T> job, Consumer<T> done) {
        busy.set(true);
        runner.run(job, result -> {
            busy.set(false);
            done.accept(result);
        }, failure -> {
            busy.set(false);
            failed(failure);
        });
    }

    /** A refusal or a rule is said in the bar; anything else is an error for the reporter. */
    private void failed(Exception failure) {
        if (failure instanceof QuoteRefused refused) {
            Object argument = refused.reason().argument();
            status.set(argument == null ? messages.get(refused.reason().key())
                    : messages.get(refused.reason().key(), argument));
        } else if (failure instanceof RuleViolation rule && !rule.violations().isEmpty()) {
            status.set(messages.get(rule.violations().get(0).messageKey()));
        } else if (failure instanceof ReportException report) {
            status.set(messages.get(report.key(), report.arguments()));
        } else {
            status.set("");
            errors.report(failure);
        }
    }

    private synchronized Path folder() {
        try {
            if (openFolder == null || !Files.isDirectory(openFolder)) {
                openFolder = Files.createTempDirectory("fieldbook-quotes");
                openFolder.toFile().deleteOnExit();
            }
            return openFolder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
