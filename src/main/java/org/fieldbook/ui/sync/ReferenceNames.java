package org.fieldbook.ui.sync;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import org.fieldbook.domain.NotFound;
import org.fieldbook.domain.Pipeline;
import org.fieldbook.domain.PipelineStage;
import org.fieldbook.service.AccountService;
import org.fieldbook.service.ContactService;
import org.fieldbook.service.OpportunityService;
import org.fieldbook.service.PipelineService;
import org.fieldbook.sync.Conflict;
import org.fieldbook.ui.common.Messages;

/**
 * Names of the records a conflict's values refer to — two people moving a deal to different stages should read
 * "Proposal" and "Negotiation", not two ids. Reads the database: call it off the FX thread.
 */
public final class ReferenceNames {
    private final PipelineService pipelines;
    private final AccountService accounts;
    private final ContactService contacts;
    private final OpportunityService opportunities;
    private final Messages messages;

    public ReferenceNames(PipelineService pipelines, AccountService accounts, ContactService contacts,
                          OpportunityService opportunities, Messages messages) {
        this.pipelines = pipelines;
        this.accounts = accounts;
        this.contacts = contacts;
        this.opportunities = opportunities;
        this.messages = messages;
    }

    /**
     * The name of every record an id value of {@code conflicts} refers to, where it can be found, and the
     * currency of every deal whose amount is in conflict.
     */
    References of(List<Conflict> conflicts) {
        return new References(names(conflicts), currencies(conflicts));
    }

    private Map<UUID, String> currencies(List<Conflict> conflicts) {
        Map<UUID, String> currencies = new HashMap<>();
        for (Conflict conflict : conflicts) {
            if (conflict.entity().equals("opportunity") && "amount".equals(conflict.field())) {
                lookUp(Set.of(conflict.rowId()), id -> opportunities.edit(id).original().amount().currency(),
                        currencies);
            }
        }
        return currencies;
    }

    private Map<UUID, String> names(List<Conflict> conflicts) {
        Map<String, Set<UUID>> wanted = new HashMap<>();
        for (Conflict conflict : conflicts) {
            for (Conflict.Value value : conflict.values()) {
                if (value.field() != null && value.field().endsWith("_id") && value.valueJson() != null) {
                    idIn(value.valueJson()).ifPresent(id -> wanted.computeIfAbsent(value.field(),
                            f -> new TreeSet<>()).add(id));
                }
            }
        }
        Map<UUID, String> names = new HashMap<>();
        if (wanted.isEmpty()) {
            return names;
        }
        if (wanted.containsKey("stage_id") || wanted.containsKey("pipeline_id")) {
            for (Map.Entry<Pipeline, List<PipelineStage>> entry : pipelines.pipelinesWithStages().entrySet()) {
                names.put(entry.getKey().id(), messages.dataName(entry.getKey().name()));
                entry.getValue().forEach(stage -> names.put(stage.id(), messages.dataName(stage.name())));
            }
        }
        if (wanted.containsKey("owner_id") || wanted.containsKey("changed_by")) {
            pipelines.reps().forEach(rep -> names.put(rep.id(), rep.name()));
        }
        lookUp(wanted.get("account_id"), id -> accounts.edit(id).original().name(), names);
        lookUp(wanted.get("contact_id"), id -> contacts.edit(id).original().name(), names);
        lookUp(wanted.get("opportunity_id"), id -> opportunities.edit(id).original().title(), names);
        lookUp(wanted.get("converted_opportunity_id"), id -> opportunities.edit(id).original().title(), names);
        return names;
    }

    private static void lookUp(Set<UUID> ids, Function<UUID, String> name, Map<UUID, String> names) {
        if (ids == null) {
            return;
        }
        for (UUID id : ids) {
            try {
                names.putIfAbsent(id, name.apply(id));
            } catch (NotFound e) {
                // in the trash: the value is shown by its id
            }
        }
    }

    private static Optional<UUID> idIn(String valueJson) {
        String text = valueJson.strip();
        if (text.length() < 2 || text.charAt(0) != '"') {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(text.substring(1, text.length() - 1)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
