package org.fieldbook.analytics;

import java.util.List;
import java.util.UUID;

/** What a filter set can name: the live pipelines and owners, and the source channels in use. */
public record FilterChoices(List<Choice> pipelines, List<Choice> owners, List<String> channels) {
    public record Choice(UUID id, String name) {
    }
}
