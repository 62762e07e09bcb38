package org.fieldbook.service.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.fieldbook.domain.Activity;
import org.fieldbook.domain.ActivityType;
import org.fieldbook.domain.Contact;
import org.fieldbook.domain.OpportunityStatus;

/**
 * The calls, e-mails, meetings, visits and tasks of a deal: done ones spread over its life (more for diligent
 * reps and long deals; calls and e-mails early, meetings and visits in the middle), and for open deals the
 * next step due in the coming weeks, sometimes one already overdue.
 */
final class ActivityMaker {
    private static final List<ActivityType> TYPES = List.of(ActivityType.CALL, ActivityType.EMAIL,
            ActivityType.MEETING, ActivityType.VISIT, ActivityType.TASK, ActivityType.NOTE);
    private static final double[] EARLY = {35, 35, 12, 5, 10, 3};
    private static final double[] MIDDLE = {20, 25, 25, 18, 9, 3};
    private static final double[] LATE = {18, 30, 25, 10, 14, 3};
    private static final List<ActivityType> NEXT_STEPS = List.of(ActivityType.TASK, ActivityType.CALL,
            ActivityType.MEETING, ActivityType.VISIT);
    private static final double[] NEXT_STEP_WEIGHTS = {40, 30, 20, 10};

    private final DemoWorld world;

    ActivityMaker(DemoWorld world) {
        this.world = world;
    }

    void forDeal(Deal deal, DemoBatch batch) {
        DemoRandom random = world.random();
        DemoCalendar calendar = world.calendar();
        Instant opened = deal.opportunity().createdAt();
        Instant end = deal.opportunity().closedAt() != null ? deal.opportunity().closedAt()
                : calendar.today().atStartOfDay(world.market().zone()).toInstant();
        double spanDays = Duration.between(opened, end).toHours() / 24.0;
        int done = (int) Math.round((1 + spanDays / 25) * deal.owner().diligence() * random.uniform(0.6, 1.3));
        done = Math.max(1, Math.min(7, done));
        for (int i = 0; i < done; i++) {
            double share = (i + random.uniform(0, 1)) / done;
            Instant at = calendar.later(random, opened, spanDays * share);
            if (at.isBefore(end) && !calendar.isFuture(at)) {
                ActivityType type = random.weighted(TYPES, share < 0.3 ? EARLY : share < 0.7 ? MIDDLE : LATE);
                batch.activities.add(activity(deal, type, at, at, random));
            }
        }
        if (deal.opportunity().status() == OpportunityStatus.OPEN) {
            Instant due = calendar.officeHours(random, calendar.today().plusDays(random.between(0, 21)));
            batch.activities.add(activity(deal, random.weighted(NEXT_STEPS, NEXT_STEP_WEIGHTS), due, null, random));
            if (random.chance(0.15)) {
                Instant overdue = calendar.officeHours(random, calendar.today().minusDays(random.between(2, 14)));
                batch.activities.add(activity(deal, ActivityType.TASK, overdue, null, random));
            }
        }
    }

    private Activity activity(Deal deal, ActivityType type, Instant due, Instant doneAt, DemoRandom random) {
        Customer customer = deal.customer();
        Contact contact = deal.people().isEmpty() ? null : random.pick(deal.people());
        String subject = world.words().activitySubject(random, type,
                contact != null ? contact.name() : customer.company.shortName());
        String outcome = doneAt != null && isConversation(type) && random.chance(0.7) ? outcome(type, random)
                : null;
        String location = switch (type) {
            case VISIT -> customer.account.address();
            case MEETING -> meetingPlace(customer, random);
            default -> null;
        };
        boolean scheduled = type != ActivityType.EMAIL && type != ActivityType.NOTE;
        return new Activity(world.ids().at(due), type, subject, null, scheduled ? due : null, doneAt, outcome,
                location, customer.account.id(), contact != null ? contact.id() : null, deal.opportunity().id(),
                deal.owner().rep().id());
    }

    /** The last two outcomes (voicemail, no answer) only happen on calls. */
    private String outcome(ActivityType type, DemoRandom random) {
        List<String> outcomes = world.words().outcomes();
        return random.pick(type == ActivityType.CALL ? outcomes : outcomes.subList(0, outcomes.size() - 2));
    }

    private String meetingPlace(Customer customer, DemoRandom random) {
        double u = random.uniform(0, 1);
        List<String> places = world.words().meetingPlaces();
        if (u < 0.4) {
            return places.get(0);
        }
        return u < 0.7 ? customer.account.address() : places.get(places.size() - 1);
    }

    private static boolean isConversation(ActivityType type) {
        return type == ActivityType.CALL || type == ActivityType.MEETING || type == ActivityType.VISIT;
    }
}
