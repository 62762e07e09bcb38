package org.fieldbook.exchange;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.fieldbook.domain.Account;
import org.fieldbook.domain.Activity;
import org.fieldbook.domain.ActivityType;
import org.fieldbook.domain.Contact;
import org.fieldbook.domain.Currencies;
import org.fieldbook.domain.CustomFieldDefinition;
import org.fieldbook.domain.Lead;
import org.fieldbook.domain.LeadStatus;
import org.fieldbook.domain.Money;
import org.fieldbook.domain.Opportunity;
import org.fieldbook.domain.OpportunityStatus;
import org.fieldbook.domain.Pipeline;
import org.fieldbook.domain.PipelineStage;
import org.fieldbook.domain.StageChange;
import org.fieldbook.domain.StageKind;
import org.fieldbook.domain.TimeOrderedId;
import org.fieldbook.domain.Violation;
import org.fieldbook.store.Tx;

/** Turns a file's rows into the records an import writes, inside one transaction's view of the store. */
final class ImportPlanner {
    private final Tx tx;
    private final ImportType type;
    private final ImportMapping mapping;
    private final SourceTable table;
    private final RowValues values;
    private final ImportWrites writes = new ImportWrites();
    private final ImportLookups lookups;
    private final List<String> customKeys;
    private final Set<UUID> madeHere = new HashSet<>();
    private final String currency;
    private final Instant now;
    /** The zone dates without a time are read in: the one the file's dates were parsed in. */
    private final ZoneId zone;
    private StageValues stages;
    private final List<Rejection> rejected = new ArrayList<>();

    ImportPlanner(Tx tx, ImportType type, ImportMapping mapping, SourceTable table, ZoneId zone) {
        this.tx = tx;
        this.type = type;
        this.mapping = mapping;
        this.table = table;
        this.zone = zone;
        ValueFormats formats;
        try {
            formats = new ValueFormats(mapping.dateFormat(), Boolean.TRUE.equals(mapping.decimalComma()), zone);
        } catch (IllegalArgumentException e) {
            throw new ImportProblem("import.problem.dateFormat", "'" + mapping.dateFormat()
                    + "' is not a date pattern (e.g. dd/MM/yyyy)", e, mapping.dateFormat());
        }
        this.values = new RowValues(table, mapping, formats);
        this.lookups = new ImportLookups(tx, mapping, writes);
        this.customKeys = tx.customFields().all().stream().filter(f -> f.entity().equals(type.entity()))
                .map(CustomFieldDefinition::key).toList();
        this.currency = mapping.currency() == null ? "USD" : mapping.currency().strip().toUpperCase();
        if (!Currencies.isValid(currency)) {
            throw new ImportProblem("import.problem.currency", "'" + mapping.currency() + "' is not a currency code",
                    mapping.currency());
        }
        this.now = tx.accounts().clockNow();
        if (type == ImportType.OPPORTUNITIES) {
            this.stages = new StageValues(tx.stages().ofPipeline(pipeline(tx, mapping).id()), mapping.values().get("stage"));
        }
    }

    static Pipeline pipeline(Tx tx, ImportMapping mapping) {
        List<Pipeline> pipelines = tx.pipelines().inOrder();
        if (mapping.pipeline() == null) {
            return pipelines.get(0);
        }
        return pipelines.stream().filter(p -> p.name().equalsIgnoreCase(mapping.pipeline().strip())).findFirst()
                .orElseThrow(() -> new ImportProblem("import.problem.pipeline", "no pipeline named '"
                        + mapping.pipeline() + "'", mapping.pipeline()));
    }

    ImportWrites writes() {
        return writes;
    }

    List<Rejection> rejected() {
        return rejected;
    }

    int rows() {
        return table.rows().size();
    }

    void planAll(ImportProgress progress) {
        int total = table.rows().size();
        int done = 0;
        for (SourceTable.Row row : table.rows()) {
            if (done % ImportProgress.EVERY == 0) {
                progress.rowsRead(done, total);
            }
            done++;
            values.at(row);
            writes.startRow();
            lookups.startRow();
            try {
                switch (type) {
                    case ACCOUNTS -> account();
                    case CONTACTS -> contact();
                    case OPPORTUNITIES -> opportunity();
                    case LEADS -> lead();
                    case ACTIVITIES -> activity();
                }
            } catch (Rejection.Raised reason) {
                writes.discardRow();
                lookups.discardRow();
                rejected.add(new Rejection(row.line(), reason.key, reason.arguments, reason.getMessage()));
            }
        }
        progress.rowsRead(total, total);
    }



    private static void check(List<Violation> violations) {
        if (!violations.isEmpty()) {
            Violation first = violations.get(0);
            throw new Rejection.Raised(first.messageKey(), first.field() + ": " + first.messageKey(), first.field());
        }
    }

    private String required(String field) {
        String value = values.text(field);
        if (value == null) {
            throw new Rejection.Raised("import.reject.required", field + " is empty", field);
        }
        return value;
    }

    private Instant created() {
        Instant created = values.instant("created");
        if (created != null && created.isAfter(now)) {
            throw new Rejection.Raised("import.reject.future", "created: " + created + " is in the future", "created");
        }
        return created;
    }

    private void account() {
        String name = required("name");
        UUID owner = lookups.owner(values.text("owner"));
        String source = values.text("source_id");
        UUID existing = lookups.existingAccount(name);
        Account read = new Account(TimeOrderedId.next(), name, values.text("industry"), values.integer("employees"),
                values.text("region"), values.text("address"), values.text("website"), values.text("phone"), owner,
                values.text("tier"), EnumValues.channel(values.text("source"), mapping.values().get("source")),
                created(), null, values.custom(customKeys));
        check(read.violations());
        if (existing != null && mapping.duplicates() != ImportMapping.Duplicates.CREATE) {
            if (mapping.duplicates() == ImportMapping.Duplicates.SKIP || madeHere.contains(existing)) {
                writes.skip();
                lookups.remember(tx.accounts().find(existing).orElse(read), source);
                return;
            }
            Account current = tx.accounts().get(existing);
            Account merged = new Account(existing, current.name(), or(read.industry(), current.industry()),
                    or(read.employees(), current.employees()), or(read.region(), current.region()),
                    or(read.address(), current.address()), or(read.website(), current.website()),
                    or(read.phone(), current.phone()), or(owner, current.ownerId()), or(read.tier(), current.tier()),
                    or(read.sourceChannel(), current.sourceChannel()), current.createdAt(), current.updatedAt(),
                    merge(current.customFields(), read.customFields()));
            writes.updatedAccount(existing, merged, source);
            lookups.remember(merged, source);
            return;
        }
        writes.newAccount(read, source, false);
        madeHere.add(read.id());
        lookups.remember(read, source);
    }

    private void contact() {
        String name = values.personName();
        if (name == null) {
            throw new Rejection.Raised("import.reject.required", "name is empty", "name");
        }
        String source = values.text("source_id");
        List<String> emails = ImportLookups.emails(values.text("email"));
        List<String> phones = ImportLookups.emails(values.text("phone"), values.text("mobile"));
        UUID account = lookups.account(values.text("account"), null);
        Contact read = new Contact(TimeOrderedId.next(), account, name, values.text("title"),
                values.text("department"), emails, phones, values.text("notes"), created(), null,
                values.custom(customKeys));
        check(read.violations());
        Contact existing = emails.isEmpty() ? null : lookups.contactByEmail(emails.get(0));
        if (existing != null && mapping.duplicates() != ImportMapping.Duplicates.CREATE) {
            if (mapping.duplicates() == ImportMapping.Duplicates.SKIP || madeHere.contains(existing.id())) {
                writes.skip();
                lookups.remember(existing, source);
                return;
            }
            Contact current = tx.contacts().get(existing.id());
            List<String> phonesMerged = new ArrayList<>(current.phones());
            phones.stream().filter(p -> !phonesMerged.contains(p)).forEach(phonesMerged::add);
            Contact merged = new Contact(current.id(), or(account, current.accountId()), name,
                    or(read.title(), current.title()), or(read.department(), current.department()), current.emails(),
                    phonesMerged, or(read.notes(), current.notes()), current.createdAt(), current.updatedAt(),
                    merge(current.customFields(), read.customFields()));
            writes.updatedContact(current.id(), merged, source);
            lookups.remember(merged, source);
            return;
        }
        writes.newContact(read, source);
        madeHere.add(read.id());
        lookups.remember(read, source);
    }

    private void opportunity() {
        String title = required("title");
        BigDecimal amount = values.amount("amount");
        if (amount == null) {
            throw new Rejection.Raised("import.reject.required", "amount is empty", "amount");
        }
        if (amount.signum() < 0) {
            throw new Rejection.Raised("validation.amount.negative", "amount: " + amount + " is negative", "amount");
        }
        String code = values.text("currency");
        String rowCurrency = code == null ? currency : code.toUpperCase();
        if (!Currencies.isValid(rowCurrency)) {
            throw new Rejection.Raised("import.reject.currency", "'" + code + "' is not a currency code", code);
        }
        PipelineStage stage = stages.stage(values.text("stage"), values.text("status"));
        LocalDate expected = values.date("expected_close");
        Instant created = created();
        Instant closed = values.instant("closed");
        Instant entered = values.instant("stage_entered");
        Instant createdAt = created != null ? created : now;
        OpportunityStatus status = switch (stage.kind()) {
            case OPEN -> OpportunityStatus.OPEN;
            case WON -> OpportunityStatus.WON;
            case LOST -> OpportunityStatus.LOST;
        };
        if (status == OpportunityStatus.OPEN) {
            closed = null;
        } else if (closed == null) {
            closed = entered != null ? entered
                    : expected != null ? expected.atTime(12, 0).atZone(zone).toInstant() : null;
            if (closed == null) {
                throw new Rejection.Raised("import.reject.closedDate", "a closed deal needs a close date", "closed");
            }
        }
        if (expected == null) {
            expected = closed != null ? closed.atZone(zone).toLocalDate() : null;
            if (expected == null) {
                throw new Rejection.Raised("import.reject.required", "expected_close is empty", "expected_close");
            }
        }
        if (closed != null && closed.isBefore(createdAt) && created != null && sameDay(closed, createdAt)) {
            closed = createdAt; // closed the day it was made: a close date without a time reads as noon
        }
        if (closed != null && closed.isBefore(createdAt)) {
            if (created != null) {
                // the history must not run backwards; a cycle of made-up length would skew the dashboard
                throw new Rejection.Raised("import.reject.closedBeforeCreated", "closed " + closed
                        + " before it was created " + created, closed.toString(), created.toString());
            }
            createdAt = closed; // no created date in the file: the deal is known from its close on
            created = closed;
        }
        UUID owner = lookups.owner(values.text("owner"));
        UUID account = lookups.account(values.text("account"), owner);
        if (account == null) {
            throw new Rejection.Raised("import.reject.required", "account is empty", "account");
        }
        Opportunity read = new Opportunity(TimeOrderedId.next(), account, stage.pipelineId(), stage.id(), title,
                new Money(amount, rowCurrency), expected, owner,
                EnumValues.channel(values.text("source"), mapping.values().get("source")), status,
                status == OpportunityStatus.LOST ? values.text("lost_reason") : null, closed, writes.mainCreated,
                created, null, values.custom(customKeys));
        check(read.violations());
        List<StageChange> history = new ArrayList<>();
        if (stage.kind() == StageKind.OPEN) {
            Instant at = entered != null && !entered.isBefore(createdAt) ? entered : createdAt;
            history.add(new StageChange(TimeOrderedId.next(), read.id(), null, stage.id(), at, owner));
        } else {
            PipelineStage first = stages.firstOpen();
            history.add(new StageChange(TimeOrderedId.next(), read.id(), null, first.id(), createdAt, owner));
            history.add(new StageChange(TimeOrderedId.next(), read.id(), first.id(), stage.id(), closed, owner));
        }
        writes.newOpportunity(read, history, values.text("source_id"));
    }

    private boolean sameDay(Instant a, Instant b) {
        return a.atZone(zone).toLocalDate().equals(b.atZone(zone).toLocalDate());
    }

    private void lead() {
        String name = values.personName();
        if (name == null) {
            throw new Rejection.Raised("import.reject.required", "name is empty", "name");
        }
        String statusText = values.text("status");
        LeadStatus status = statusText == null ? LeadStatus.NEW
                : EnumValues.leadStatus(statusText, mapping.values().get("status"));
        UUID owner = lookups.owner(values.text("owner"));
        Instant created = created();
        Lead read = new Lead(TimeOrderedId.next(), name, values.text("company"), values.text("email"),
                values.text("phone"), EnumValues.channel(values.text("source"), mapping.values().get("source")),
                status, values.integer("score"), owner, null, null, created != null ? created : now, null, null, null,
                null, values.custom(customKeys)).withRegion(values.text("region"));
        check(read.violations());
        writes.newLead(read, values.text("source_id"));
    }

    private void activity() {
        String typeText = values.text("type");
        ActivityType activityType = typeText == null ? ActivityType.TASK
                : EnumValues.activityType(typeText, mapping.values().get("type"));
        String subject = required("subject");
        Instant due = values.instant("due");
        Instant done = values.instant("done");
        String status = values.text("status");
        if (done == null && status != null && isDone(status)) {
            done = due != null ? due : now;
        }
        UUID owner = lookups.owner(values.text("owner"));
        UUID[] contact = lookups.contact(values.text("contact"));
        UUID account = values.text("account") == null && contact != null ? contact[1]
                : lookups.account(values.text("account"), owner);
        if (account == null) {
            throw new Rejection.Raised("validation.activity.account.required", "the activity names no account",
                    "account");
        }
        Activity read = new Activity(TimeOrderedId.next(), activityType, subject, values.text("notes"), due, done,
                values.text("outcome"), values.text("location"), account, contact == null ? null : contact[0], null,
                owner, null);
        check(read.violations());
        writes.newActivity(read, values.text("source_id"));
    }

    private static boolean isDone(String status) {
        String s = status.strip().toLowerCase();
        return s.equals("completed") || s.equals("done") || s.equals("true") || s.equals("1") || s.equals("yes")
                || s.equals("已完成") || s.equals("完成");
    }

    private static <V> V or(V value, V fallback) {
        return value != null ? value : fallback;
    }

    private static org.fieldbook.domain.CustomValues merge(org.fieldbook.domain.CustomValues current,
                                                          org.fieldbook.domain.CustomValues read) {
        Map<String, String> all = new java.util.TreeMap<>(current.values());
        all.putAll(read.values());
        return org.fieldbook.domain.CustomValues.of(all);
    }
}
