package org.fieldbook.ui.opportunities;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.fieldbook.domain.Money;
import org.fieldbook.domain.Payment;
import org.fieldbook.domain.PaymentKind;
import org.fieldbook.domain.PaymentPlan;
import org.fieldbook.domain.RuleViolation;
import org.fieldbook.service.PaymentService;
import org.fieldbook.ui.common.BackgroundRunner;
import org.fieldbook.ui.common.DataRevision;
import org.fieldbook.ui.common.ErrorReporter;
import org.fieldbook.ui.common.Formats;
import org.fieldbook.ui.common.Messages;

/**
 * A won deal's payment plan and the payments received: each row added or removed is stored at once. The
 * summary adds up what is expected, received and overdue (see {@link PaymentPlan} for what overdue means).
 */
public final class PaymentsViewModel {
    private final PaymentService payments;
    private final BackgroundRunner runner;
    private final ErrorReporter errors;
    private final Messages messages;
    private final Formats formats;
    private final DataRevision revision;
    private final Clock clock;
    private final ObservableList<Payment> rows = FXCollections.observableArrayList();
    private final ObjectProperty<PaymentKind> kind = new SimpleObjectProperty<>(this, "kind", PaymentKind.EXPECTED);
    private final StringProperty amount = new SimpleStringProperty(this, "amount", "");
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>(this, "date");
    private final StringProperty note = new SimpleStringProperty(this, "note", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private UUID dealId;
    private String currency;
    private Set<UUID> overdue = Set.of();

    public PaymentsViewModel(PaymentService payments, BackgroundRunner runner, ErrorReporter errors,
                             Messages messages, Formats formats, DataRevision revision, Clock clock) {
        this.payments = payments;
        this.runner = runner;
        this.errors = errors;
        this.messages = messages;
        this.formats = formats;
        this.revision = revision;
        this.clock = clock;
        date.set(LocalDate.now(clock));
    }

    /** Shows the payments of the deal, whose amounts are in {@code dealCurrency}. */
    public void load(UUID opportunityId, String dealCurrency) {
        dealId = opportunityId;
        currency = dealCurrency;
        runner.run(() -> payments.ofDeal(opportunityId), list -> {
            rows.setAll(list);
            PaymentPlan plan = new PaymentPlan(list);
            var late = plan.overdue(LocalDate.now(clock));
            overdue = late.stream().map(o -> o.expected().id()).collect(Collectors.toSet());
            BigDecimal owed = late.stream().map(PaymentPlan.Overdue::outstanding)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            summary.set(messages.get("payments.summary", money(plan.expectedTotal()), money(plan.receivedTotal()),
                    money(owed)));
        }, errors::report);
    }

    public boolean add() {
        Optional<BigDecimal> value = formats.parseAmount(amount.get());
        if (value.isEmpty()) {
            problem.set(messages.get("validation.amount.invalid"));
            return false;
        }
        Payment payment = Payment.create(dealId, kind.get(), value.get(), date.get(), note.get());
        var wrong = payment.violations();
        if (!wrong.isEmpty()) {
            problem.set(messages.get(wrong.get(0).messageKey()));
            return false;
        }
        runner.run(() -> payments.add(payment), added -> {
            amount.set("");
            note.set("");
            problem.set("");
            revision.changed();
            load(dealId, currency);
        }, failure -> {
            if (failure instanceof RuleViolation violation && !violation.violations().isEmpty()) {
                problem.set(messages.get(violation.violations().get(0).messageKey()));
            } else {
                errors.report(failure);
            }
        });
        return true;
    }

    public void remove(Payment payment) {
        runner.run(() -> {
            payments.remove(payment.id());
            return null;
        }, done -> {
            revision.changed();
            load(dealId, currency);
        }, errors::report);
    }

    public boolean isOverdue(Payment payment) {
        return overdue.contains(payment.id());
    }

    /** One row: kind, date, amount and note. */
    public String describe(Payment payment) {
        String text = messages.name(payment.kind()) + " · " + formats.date(payment.date()) + " · "
                + money(payment.amount());
        return payment.note() == null ? text : text + " · " + payment.note();
    }

    private String money(BigDecimal value) {
        return currency == null ? formats.amount(value) : formats.money(new Money(value, currency));
    }

    public ObservableList<Payment> rows() {
        return rows;
    }

    public ObjectProperty<PaymentKind> kindProperty() {
        return kind;
    }

    public StringProperty amountProperty() {
        return amount;
    }

    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    public StringProperty noteProperty() {
        return note;
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }
}
