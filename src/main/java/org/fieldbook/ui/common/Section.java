package org.fieldbook.ui.common;

/** The screens of the sidebar, in sidebar order; Ctrl+1, Ctrl+2... follow this order. */
public enum Section {
    BOARD("section.board", "mdmz-view_week", "menu.file.newOpportunity"),
    ACCOUNTS("section.accounts", "mdoal-business", "menu.file.newAccount"),
    CONTACTS("section.contacts", "mdoal-contacts", "menu.file.newContact"),
    OPPORTUNITIES("section.opportunities", "mdomz-monetization_on", "menu.file.newOpportunity"),
    SYNC("section.sync", "mdoal-cloud_queue", null),
    AGENDA("section.agenda", "mdoal-event_note", "menu.file.newActivity"),
    DASHBOARD("section.dashboard", "mdoal-insert_chart_outlined", "menu.file.newOpportunity"),
    LEADS("section.leads", "mdoal-inbox", "menu.file.newLead"),
    APPROVALS("section.approvals", "mdoal-assignment_turned_in", null);

    private final String titleKey;
    private final String icon;
    private final String newRecordKey;

    Section(String titleKey, String icon, String newRecordKey) {
        this.titleKey = titleKey;
        this.icon = icon;
        this.newRecordKey = newRecordKey;
    }

    public String titleKey() {
        return titleKey;
    }

    /** An Ikonli icon literal. */
    public String icon() {
        return icon;
    }

    /** The File menu's "New ..." item of this screen, or null for a screen that holds no records. */
    public String newRecordKey() {
        return newRecordKey;
    }

    /** The section a stored name refers to, or the board (the first) when the name is unknown. */
    public static Section named(String name) {
        for (Section section : values()) {
            if (section.name().equalsIgnoreCase(name)) {
                return section;
            }
        }
        return BOARD;
    }
}
