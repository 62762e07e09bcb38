package org.fieldbook.exchange;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fieldbook.domain.ActivityType;
import org.fieldbook.domain.LeadStatus;
import org.fieldbook.domain.PipelineStage;
import org.fieldbook.store.Tx;

/**
 * The distinct values of one column whose values the user maps (an opportunity's stage, a lead's status, an
 * activity's type), each with the number of rows holding it and Fieldbook's own guess: what the import makes
 * of the value when the user leaves it alone, or null when the import would reject its rows.
 *
 * @param field   the field whose values these are: "stage", "status" or "type" (the key of {@link ImportMapping#values()})
 * @param column  the file's column mapped to it
 * @param kind    what the targets are
 * @param targets what a value can be mapped to: stage names of the pipeline, or enum constant names
 */
public record ValueChoices(String field, String column, Kind kind, List<String> targets, List<Value> values) {
    /** More distinct values than this and the column is no list of stages or statuses: the rest are not offered. */
    static final int MOST = 200;

    public enum Kind { STAGE, LEAD_STATUS, ACTIVITY_TYPE }

    public record Value(String value, int rows, String guess) {
    }

    static List<ValueChoices> of(Tx tx, ImportType type, ImportMapping mapping, SourceTable table) {
        List<ValueChoices> all = new ArrayList<>();
        switch (type) {
            case OPPORTUNITIES -> {
                List<PipelineStage> stages = tx.stages().ofPipeline(ImportPlanner.pipeline(tx, mapping).id());
                StageValues automatic = new StageValues(stages, null);
                column(mapping, table, "stage", Kind.STAGE, stages.stream().map(PipelineStage::name).toList(),
                        value -> automatic.stage(value, null).name()).ifPresent(all::add);
            }
            case LEADS -> column(mapping, table, "status", Kind.LEAD_STATUS, names(LeadStatus.values()),
                    value -> EnumValues.leadStatus(value, null).name()).ifPresent(all::add);
            case ACTIVITIES -> column(mapping, table, "type", Kind.ACTIVITY_TYPE, names(ActivityType.values()),
                    value -> EnumValues.activityType(value, null).name()).ifPresent(all::add);
            default -> { }
        }
        return all;
    }

    private static List<String> names(Enum<?>[] constants) {
        return Arrays.stream(constants).map(Enum::name).toList();
    }

    private static java.util.Optional<ValueChoices> column(ImportMapping mapping, SourceTable table, String field,
                                                           Kind kind, List<String> targets,
                                                           java.util.function.Function<String, String> guess) {
        String column = mapping.columns().entrySet().stream().filter(e -> field.equals(e.getValue()))
                .map(Map.Entry::getKey).findFirst().orElse(null);
        int index = column == null ? -1 : table.indexOf(column);
        if (index < 0) {
            return java.util.Optional.empty();
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (SourceTable.Row row : table.rows()) {
            String value = row.cell(index).strip();
            if (!value.isEmpty() && (counts.containsKey(value) || counts.size() < MOST)) {
                counts.merge(value, 1, Integer::sum);
            }
        }
        List<Value> values = new ArrayList<>();
        counts.forEach((value, rows) -> {
            String guessed;
            try {
                guessed = guess.apply(value);
            } catch (Rejection.Raised unknown) {
                guessed = null;
            }
            values.add(new Value(value, rows, guessed));
        });
        return java.util.Optional.of(new ValueChoices(field, column, kind, targets, List.copyOf(values)));
    }
}
