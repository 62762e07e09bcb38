package org.fieldbook.exchange;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.fieldbook.domain.Account;
import org.fieldbook.domain.Activity;
import org.fieldbook.domain.Contact;
import org.fieldbook.domain.CustomFieldDefinition;
import org.fieldbook.domain.CustomValues;
import org.fieldbook.domain.Lead;
import org.fieldbook.domain.Opportunity;
import org.fieldbook.domain.PipelineStage;
import org.fieldbook.domain.SalesRep;
import org.fieldbook.store.Store;
import org.fieldbook.store.Tx;

/**
 * A table of records as rows of values, with its custom fields as further columns and a search filter (the
 * rows any of whose cells contain the text, as the screens' search does). The column names are those the
 * importer matches, so an export imports again as it is.
 */
public final class TableExport {
    /** Column names and rows of cell values: String, BigDecimal, Integer, LocalDate or Instant. */
    public record Table(List<String> headers, List<List<Object>> rows) {
    }

    private final Store store;

    public TableExport(Store store) {
        this.store = store;
    }

    public Table table(ImportType type, String filter) {
        Table all = store.read(tx -> build(tx, type));
        if (filter == null || filter.isBlank()) {
            return all;
        }
        String wanted = filter.strip().toLowerCase(Locale.ROOT);
        List<List<Object>> kept = all.rows().stream().filter(row -> row.stream()
                .anyMatch(cell -> cell != null && cell.toString().toLowerCase(Locale.ROOT).contains(wanted))).toList();
        return new Table(all.headers(), kept);
    }

    private static Table build(Tx tx, ImportType type) {
        Map<UUID, String> reps = new HashMap<>();
        tx.reps().all().forEach((SalesRep r) -> reps.put(r.id(), r.name()));
        Map<UUID, String> accounts = new HashMap<>();
        tx.accounts().all().forEach(a -> accounts.put(a.id(), a.name()));
        List<CustomFieldDefinition> custom = tx.customFields().all().stream()
                .filter(f -> f.entity().equals(type.entity())).toList();
        List<String> headers = new ArrayList<>(switch (type) {
            case ACCOUNTS -> List.of("Name", "Industry", "Employees", "Region", "Address", "Website", "Phone", "Owner",
                    "Tier", "Source", "Created");
            case CONTACTS -> List.of("Name", "Account", "Title", "Department", "Email", "Phone", "Mobile", "Notes",
                    "Created");
            case OPPORTUNITIES -> List.of("Title", "Account", "Pipeline", "Stage", "Status", "Amount", "Currency",
                    "Expected Close Date", "Owner", "Source", "Lost Reason", "Created", "Closed");
            case LEADS -> List.of("Name", "Company", "Email", "Phone", "Source", "Status", "Score", "Owner", "Created",
                    "Region");
            case ACTIVITIES -> List.of("Type", "Subject", "Notes", "Due", "Done At", "Account", "Outcome", "Location",
                    "Owner");
        });
        custom.forEach(f -> headers.add(f.label()));
        List<List<Object>> rows = new ArrayList<>();
        switch (type) {
            case ACCOUNTS -> {
                for (Account a : tx.accounts().byName()) {
                    rows.add(withCustom(list(a.name(), a.industry(), a.employees(), a.region(), a.address(), a.website(),
                            a.phone(), reps.get(a.ownerId()), a.tier(), name(a.sourceChannel()), a.createdAt()),
                            a.customFields(), custom));
                }
            }
            case CONTACTS -> {
                for (Contact c : tx.contacts().all()) {
                    rows.add(withCustom(list(c.name(), accounts.get(c.accountId()), c.title(), c.department(),
                            c.primaryEmail(), c.primaryPhone(), c.phones().size() > 1 ? c.phones().get(1) : null,
                            c.notes(), c.createdAt()), c.customFields(), custom));
                }
            }
            case OPPORTUNITIES -> {
                Map<UUID, PipelineStage> stages = new HashMap<>();
                Map<UUID, String> pipelines = new HashMap<>();
                tx.pipelines().inOrder().forEach(p -> {
                    pipelines.put(p.id(), p.name());
                    tx.stages().ofPipeline(p.id()).forEach(s -> stages.put(s.id(), s));
                });
                for (Opportunity o : tx.opportunities().all()) {
                    PipelineStage stage = stages.get(o.stageId());
                    rows.add(withCustom(list(o.title(), accounts.get(o.accountId()), pipelines.get(o.pipelineId()),
                            stage == null ? null : stage.name(), o.status().name(), o.amount().amount(),
                            o.amount().currency(), o.expectedClose(), reps.get(o.ownerId()), name(o.sourceChannel()),
                            o.lostReason(), o.createdAt(), o.closedAt()), o.customFields(), custom));
                }
            }
            case LEADS -> {
                for (Lead l : tx.leads().all()) {
                    rows.add(withCustom(list(l.name(), l.company(), l.email(), l.phone(),
                            l.customChannel() != null ? l.customChannel() : name(l.sourceChannel()), l.status().name(),
                            l.score(), reps.get(l.ownerId()), l.createdAt(), l.region()), l.customFields(), custom));
                }
            }
            case ACTIVITIES -> {
                for (Activity a : tx.activities().all()) {
                    rows.add(list(a.type().name(), a.subject(), a.notes(), a.dueAt(), a.doneAt(),
                            accounts.get(a.accountId()), a.outcome(), a.location(), reps.get(a.ownerId())));
                }
            }
        }
        return new Table(List.copyOf(headers), rows);
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static List<Object> list(Object... values) {
        List<Object> row = new ArrayList<>(values.length);
        for (Object value : values) {
            row.add(value instanceof Instant instant ? instant : value);
        }
        return row;
    }

    private static List<Object> withCustom(List<Object> row, CustomValues values, List<CustomFieldDefinition> fields) {
        for (CustomFieldDefinition field : fields) {
            row.add(values.get(field.key()));
        }
        return row;
    }
}
