package org.fieldbook.service.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.fieldbook.domain.Activity;
import org.fieldbook.domain.ActivityType;
import org.fieldbook.domain.CustomFieldDefinition;
import org.fieldbook.domain.CustomFieldType;
import org.fieldbook.domain.CustomValues;
import org.fieldbook.domain.Lead;
import org.fieldbook.domain.LeadStatus;
import org.fieldbook.domain.SourceChannel;
import org.fieldbook.store.Tx;

/**
 * The leads inbox of the last weeks: a few leads of every channel (the deals only come from some), most of
 * them answered by a call or an e-mail some hours after they came in (the first-response time), and two custom
 * fields of leads, a budget and a time frame, filled in for the ones that were qualified or worked. Drawn after
 * everything else, so the rest of a seed's data stays as it was.
 */
final class LeadInbox {
    private static final int FEWEST_PER_CHANNEL = 2;
    private static final int MOST_DAYS_OLD = 75;
    private static final List<ActivityType> ANSWERS = List.of(ActivityType.CALL, ActivityType.EMAIL);

    private final DemoWorld world;
    private final LeadMaker maker;
    private final Locale locale;
    final List<Lead> leads = new ArrayList<>();
    final List<Activity> answers = new ArrayList<>();
    final List<CustomFieldDefinition> fields = new ArrayList<>();

    LeadInbox(DemoWorld world, LeadMaker maker, Locale locale) {
        this.world = world;
        this.maker = maker;
        this.locale = locale;
    }

    /** Draws the inbox; {@code existing} are the lead fields the store has (a second load reuses them). */
    void draw(List<CustomFieldDefinition> existing, Instant definedAt) {
        CustomFieldDefinition budget = field(existing, definedAt, label("Budget", "预算", "預算"),
                CustomFieldType.MONEY, List.of());
        CustomFieldDefinition timeline = field(existing, definedAt.plusMillis(1), label("Time frame", "采购时间",
                "採購時間"), CustomFieldType.CHOICE, List.of(label("This quarter", "本季度", "本季"),
                label("This year", "今年", "今年"), label("Later", "以后", "以後")));
        DemoRandom random = world.random();
        DemoCalendar calendar = world.calendar();
        for (SourceChannel channel : SourceChannel.values()) {
            int count = FEWEST_PER_CHANNEL + random.between(0, 3);
            for (int i = 0; i < count; i++) {
                Lead lead = maker.unconverted(channel, calendar.today().minusDays(random.between(0, MOST_DAYS_OLD)),
                        random);
                if (lead.status() != LeadStatus.NEW) {
                    Instant answered = lead.createdAt().plus(Duration.ofMinutes(Math.round(
                            random.logNormal(5 * 60, 1.0))));
                    if (calendar.dayOf(answered).isBefore(calendar.today())) {
                        ActivityType type = random.pick(ANSWERS);
                        Activity answer = Activity.plan(type, world.words().activitySubject(random, type,
                                lead.name()), answered, null, null, null, lead.ownerId())
                                .withLead(lead.id()).doneAt(answered, null);
                        answers.add(new Activity(world.ids().at(answered), answer.type(), answer.subject(),
                                answer.notes(), answer.dueAt(), answer.doneAt(), answer.outcome(), answer.location(),
                                null, null, null, answer.ownerId(), lead.id()));
                        lead = lead.firstAnsweredAt(answered);
                    }
                }
                if (lead.status() == LeadStatus.QUALIFIED || lead.status() == LeadStatus.WORKING
                        && random.chance(0.5)) {
                    CustomValues values = CustomValues.NONE
                            .with(budget.key(), (random.between(2, 60) * 1000) + " " + world.market().currency())
                            .with(timeline.key(), random.pick(timeline.options()));
                    lead = lead.withCustomFields(values);
                }
                leads.add(lead);
            }
        }
    }

    private CustomFieldDefinition field(List<CustomFieldDefinition> existing, Instant at, String label,
                                        CustomFieldType type, List<String> options) {
        for (CustomFieldDefinition field : existing) {
            if (field.label().equals(label) && field.type() == type) {
                return field;
            }
        }
        var id = world.ids().at(at);
        CustomFieldDefinition made = new CustomFieldDefinition(id, "lead", CustomFieldDefinition.keyFor(id), label,
                type, options, existing.size() + fields.size(), false);
        fields.add(made);
        return made;
    }

    private String label(String english, String simplified, String traditional) {
        if (!locale.getLanguage().equals("zh")) {
            return english;
        }
        boolean traditionalScript = "TW".equals(locale.getCountry()) || "HK".equals(locale.getCountry())
                || "Hant".equals(locale.getScript());
        return traditionalScript ? traditional : simplified;
    }

    void writeTo(Tx tx) {
        tx.customFields().insertAll(fields);
        tx.leads().insertAll(leads);
        tx.activities().insertAll(answers); // after the leads they answer
    }
}
