package org.fieldbook.exchange;

import java.util.Locale;
import java.util.Map;
import org.fieldbook.domain.ActivityType;
import org.fieldbook.domain.LeadStatus;
import org.fieldbook.domain.SourceChannel;

/** Lead statuses, activity types and source channels as other CRMs name them, after the user's own mapping. */
final class EnumValues {
    private static final Map<String, LeadStatus> LEAD_STATUSES = Map.ofEntries(
            Map.entry("new", LeadStatus.NEW), Map.entry("open", LeadStatus.NEW),
            Map.entry("opennotcontacted", LeadStatus.NEW), Map.entry("subscriber", LeadStatus.NEW),
            Map.entry("lead", LeadStatus.NEW), Map.entry("新", LeadStatus.NEW), Map.entry("新建", LeadStatus.NEW),
            Map.entry("working", LeadStatus.WORKING), Map.entry("workingcontacted", LeadStatus.WORKING),
            Map.entry("contacted", LeadStatus.WORKING), Map.entry("inprogress", LeadStatus.WORKING),
            Map.entry("attemptedtocontact", LeadStatus.WORKING), Map.entry("跟进中", LeadStatus.WORKING),
            Map.entry("qualified", LeadStatus.QUALIFIED), Map.entry("marketingqualifiedlead", LeadStatus.QUALIFIED),
            Map.entry("salesqualifiedlead", LeadStatus.QUALIFIED), Map.entry("已验证", LeadStatus.QUALIFIED),
            Map.entry("converted", LeadStatus.CONVERTED), Map.entry("closedconverted", LeadStatus.CONVERTED),
            Map.entry("disqualified", LeadStatus.DISQUALIFIED), Map.entry("unqualified", LeadStatus.DISQUALIFIED),
            Map.entry("closednotconverted", LeadStatus.DISQUALIFIED), Map.entry("baddata", LeadStatus.DISQUALIFIED),
            Map.entry("无效", LeadStatus.DISQUALIFIED));
    private static final Map<String, ActivityType> ACTIVITY_TYPES = Map.ofEntries(
            Map.entry("call", ActivityType.CALL), Map.entry("phone", ActivityType.CALL),
            Map.entry("电话", ActivityType.CALL), Map.entry("電話", ActivityType.CALL),
            Map.entry("visit", ActivityType.VISIT), Map.entry("拜访", ActivityType.VISIT),
            Map.entry("拜訪", ActivityType.VISIT), Map.entry("meeting", ActivityType.MEETING),
            Map.entry("event", ActivityType.MEETING), Map.entry("会议", ActivityType.MEETING),
            Map.entry("會議", ActivityType.MEETING), Map.entry("email", ActivityType.EMAIL),
            Map.entry("mail", ActivityType.EMAIL), Map.entry("邮件", ActivityType.EMAIL),
            Map.entry("task", ActivityType.TASK), Map.entry("todo", ActivityType.TASK),
            Map.entry("prep", ActivityType.TASK), Map.entry("deadline", ActivityType.TASK),
            Map.entry("任务", ActivityType.TASK), Map.entry("note", ActivityType.NOTE),
            Map.entry("other", ActivityType.NOTE), Map.entry("lunch", ActivityType.MEETING));
    private static final Map<String, SourceChannel> CHANNELS = Map.ofEntries(
            Map.entry("web", SourceChannel.WEBSITE), Map.entry("onlineform", SourceChannel.WEBSITE),
            Map.entry("webform", SourceChannel.WEBSITE), Map.entry("organicsearch", SourceChannel.SEARCH),
            Map.entry("paidsearch", SourceChannel.ADVERTISING), Map.entry("advertisement", SourceChannel.ADVERTISING),
            Map.entry("employeereferral", SourceChannel.REFERRAL), Map.entry("externalreferral", SourceChannel.REFERRAL),
            Map.entry("partnerreferral", SourceChannel.PARTNER), Map.entry("wordofmouth", SourceChannel.REFERRAL),
            Map.entry("tradeshow", SourceChannel.EVENT), Map.entry("seminar", SourceChannel.EVENT),
            Map.entry("seminarinternal", SourceChannel.EVENT), Map.entry("seminarpartner", SourceChannel.PARTNER),
            Map.entry("socialmedia", SourceChannel.SOCIAL), Map.entry("purchasedlist", SourceChannel.LEAD_LIST),
            Map.entry("emailmarketing", SourceChannel.EMAIL_CAMPAIGN), Map.entry("email", SourceChannel.EMAIL_CAMPAIGN),
            Map.entry("directtraffic", SourceChannel.WEBSITE), Map.entry("offlinesources", SourceChannel.OTHER),
            Map.entry("介绍", SourceChannel.REFERRAL), Map.entry("展会", SourceChannel.EVENT),
            Map.entry("官网", SourceChannel.WEBSITE), Map.entry("电话营销", SourceChannel.COLD_CALL));

    private EnumValues() {
    }

    static LeadStatus leadStatus(String value, Map<String, String> userValues) {
        String wanted = mapped(value, userValues);
        LeadStatus status = byName(LeadStatus.class, wanted);
        if (status == null) {
            status = LEAD_STATUSES.get(key(wanted));
        }
        if (status == null) {
            throw new Rejection.Raised("import.reject.status", "unknown status '" + value + "'", value);
        }
        return status;
    }

    static ActivityType activityType(String value, Map<String, String> userValues) {
        String wanted = mapped(value, userValues);
        ActivityType type = byName(ActivityType.class, wanted);
        if (type == null) {
            type = ACTIVITY_TYPES.get(key(wanted));
        }
        if (type == null) {
            throw new Rejection.Raised("import.reject.activityType", "unknown activity type '" + value + "'", value);
        }
        return type;
    }

    /** A channel Fieldbook does not know is OTHER: the channel is a grouping, not worth losing a row over. */
    static SourceChannel channel(String value, Map<String, String> userValues) {
        if (value == null) {
            return null;
        }
        String wanted = mapped(value, userValues);
        SourceChannel channel = byName(SourceChannel.class, wanted);
        if (channel == null) {
            channel = CHANNELS.get(key(wanted));
        }
        return channel == null ? SourceChannel.OTHER : channel;
    }

    private static String mapped(String value, Map<String, String> userValues) {
        return userValues == null ? value : userValues.getOrDefault(value, value);
    }

    private static <E extends Enum<E>> E byName(Class<E> type, String value) {
        String name = value.strip().toUpperCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(name)) {
                return constant;
            }
        }
        return null;
    }

    private static String key(String value) {
        return value.strip().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }
}
