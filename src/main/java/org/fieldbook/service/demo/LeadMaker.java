package org.fieldbook.service.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.fieldbook.domain.Contact;
import org.fieldbook.domain.Lead;
import org.fieldbook.domain.LeadStatus;
import org.fieldbook.domain.SourceChannel;

/**
 * Leads: the one a deal was converted from (created some days before it, by channel), and the leads of the
 * same channel that did not convert, as many as that channel's conversion rate implies. Recent unconverted
 * leads are still being worked; older ones were mostly disqualified.
 */
final class LeadMaker {
    private static final List<LeadStatus> FRESH = List.of(LeadStatus.NEW, LeadStatus.WORKING, LeadStatus.QUALIFIED);
    private static final List<LeadStatus> RECENT = List.of(LeadStatus.WORKING, LeadStatus.QUALIFIED,
            LeadStatus.DISQUALIFIED);
    private static final List<LeadStatus> OLD = List.of(LeadStatus.NEW, LeadStatus.WORKING,
            LeadStatus.DISQUALIFIED);
    private static final int MOST_UNCONVERTED_PER_CONVERTED = 6;

    private final DemoWorld world;

    LeadMaker(DemoWorld world) {
        this.world = world;
    }

    void forDeal(Deal deal, DemoBatch batch) {
        if (!deal.fromLead()) {
            return;
        }
        DemoRandom random = world.random();
        SourceChannel channel = deal.opportunity().sourceChannel();
        ChannelMix.Traits traits = ChannelMix.of(channel);
        Instant converted = deal.opportunity().createdAt();
        double days = random.logNormal(traits.daysToConvert(), 0.7);
        Instant created = converted.minusSeconds(Math.round(days * 86_400));
        Contact contact = deal.people().isEmpty() ? null : deal.people().get(0);
        String name;
        String email;
        String phone;
        if (contact != null) {
            name = contact.name();
            email = contact.primaryEmail();
            phone = contact.primaryPhone();
        } else {
            Vocabulary.Person person = world.words().person(random);
            name = person.name();
            email = person.emailName() + "@" + deal.customer().company.domainBase() + ".example";
            phone = world.words().mobilePhone(random, deal.customer().city);
        }
        batch.leads.add(new Lead(world.ids().at(created), name, deal.customer().account.name(), email,
                phone, channel, LeadStatus.CONVERTED, random.between(55, 95), deal.owner().rep().id(), converted,
                deal.opportunity().id(), created, deal.opportunity().accountId(),
                contact == null ? null : contact.id(), null));
        LocalDate openedOn = world.calendar().dayOf(converted);
        for (int i = 0; i < MOST_UNCONVERTED_PER_CONVERTED && random.chance(1 - traits.leadConversion()); i++) {
            batch.leads.add(unconverted(channel, openedOn.minusDays(random.between(0, 30)), random));
        }
    }

    Lead unconverted(SourceChannel channel, LocalDate day, DemoRandom random) {
        DemoCalendar calendar = world.calendar();
        Instant created = calendar.officeHours(random, day);
        long age = ChronoUnit.DAYS.between(calendar.dayOf(created), calendar.today());
        LeadStatus status = age < 14 ? random.weighted(FRESH, new double[] {45, 40, 15})
                : age < 60 ? random.weighted(RECENT, new double[] {35, 10, 55})
                : random.weighted(OLD, new double[] {5, 12, 83});
        int score = switch (status) {
            case DISQUALIFIED -> random.between(5, 40);
            case NEW -> random.between(10, 60);
            case QUALIFIED -> random.between(55, 90);
            default -> random.between(30, 75);
        };
        Vocabulary.City city = random.pick(world.words().cities());
        Vocabulary.Company company = world.words().company(random, random.pick(world.words().industries()), city);
        Vocabulary.Person person = world.words().person(random);
        boolean assigned = status != LeadStatus.NEW || random.chance(0.6);
        return new Lead(world.ids().at(created), person.name(), company.name(),
                person.emailName() + "@" + company.domainBase() + ".example", world.words().mobilePhone(random, city),
                channel, status, score, assigned ? world.team().any(random).rep().id() : null, null, null, created);
    }
}
