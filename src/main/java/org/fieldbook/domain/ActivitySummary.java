package org.fieldbook.domain;

/** An activity with the names of what it belongs to, as the agenda and the timelines show it. */
public record ActivitySummary(Activity activity, String accountName, String contactName, String opportunityTitle,
                              String leadName, String ownerName) {
    /** What it is about, e.g. "Acme Tools · Grace Hopper". */
    public String about() {
        StringBuilder text = new StringBuilder();
        for (String part : new String[] {accountName != null ? accountName : leadName, contactName,
            opportunityTitle}) {
            if (part != null && !part.isBlank()) {
                if (text.length() > 0) {
                    text.append(" · ");
                }
                text.append(part);
            }
        }
        return text.toString();
    }
}
