package org.fieldbook.service.demo;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.fieldbook.domain.Account;
import org.fieldbook.domain.Contact;
import org.fieldbook.domain.Opportunity;
import org.fieldbook.store.Tx;

/**
 * Every live row of every synced table as text, one line a row, tables in a fixed order and rows by id: two
 * stores hold the same data exactly when their dumps are equal. {@code updated_at} is left out: it says when
 * this database wrote the row, not what the row holds.
 */
final class DemoDump {
    private DemoDump() {
    }

    static String of(Tx tx) {
        StringBuilder text = new StringBuilder();
        section(text, "pipeline", tx.pipelines().all(), p -> p.id(), Object::toString);
        section(text, "stage", tx.stages().all(), s -> s.id(), Object::toString);
        section(text, "sales_rep", tx.reps().all(), r -> r.id(), Object::toString);
        section(text, "account", tx.accounts().all(), Account::id, a -> withoutUpdatedAt(a).toString());
        section(text, "contact", tx.contacts().all(), Contact::id, c -> withoutUpdatedAt(c).toString());
        section(text, "opportunity", tx.opportunities().all(), Opportunity::id,
                o -> withoutUpdatedAt(o).toString());
        section(text, "opportunity_contact", tx.opportunityContacts().all(), r -> r.id(), Object::toString);
        section(text, "stage_change", tx.stageChanges().all(), c -> c.id(), Object::toString);
        section(text, "activity", tx.activities().all(), a -> a.id(), Object::toString);
        section(text, "lead", tx.leads().all(), l -> l.id(), Object::toString);
        section(text, "product", tx.products().all(), p -> p.id(), Object::toString);
        section(text, "product_price", tx.products().prices().all(), p -> p.id(), Object::toString);
        section(text, "opportunity_line", tx.opportunityLines().all(), l -> l.id(), Object::toString);
        section(text, "payment", tx.payments().all(), p -> p.id(), Object::toString);
        section(text, "custom_field", tx.customFields().all(), f -> f.id(), Object::toString);
        return text.toString();
    }

    private static <T> void section(StringBuilder text, String table, List<T> rows, Function<T, UUID> id,
                                    Function<T, String> line) {
        text.append("# ").append(table).append(" (").append(rows.size()).append(")\n");
        rows.stream().sorted(Comparator.comparing(id)).forEach(row -> text.append(line.apply(row)).append('\n'));
    }

    private static Account withoutUpdatedAt(Account a) {
        return new Account(a.id(), a.name(), a.industry(), a.employees(), a.region(), a.address(), a.website(),
                a.phone(), a.ownerId(), a.tier(), a.sourceChannel(), a.createdAt(), null, a.customFields());
    }

    private static Contact withoutUpdatedAt(Contact c) {
        return new Contact(c.id(), c.accountId(), c.name(), c.title(), c.department(), c.emails(), c.phones(),
                c.notes(), c.createdAt(), null, c.customFields());
    }

    private static Opportunity withoutUpdatedAt(Opportunity o) {
        return new Opportunity(o.id(), o.accountId(), o.pipelineId(), o.stageId(), o.title(), o.amount(),
                o.expectedClose(), o.ownerId(), o.sourceChannel(), o.status(), o.lostReason(), o.closedAt(),
                o.position(), o.createdAt(), null, o.customFields());
    }
}
