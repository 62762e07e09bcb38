package org.fieldbook.service.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.fieldbook.domain.BuyingRole;
import org.fieldbook.domain.Contact;
import org.fieldbook.domain.Money;
import org.fieldbook.domain.Opportunity;
import org.fieldbook.domain.OpportunityContact;
import org.fieldbook.domain.OpportunityLine;
import org.fieldbook.domain.OpportunityStatus;
import org.fieldbook.domain.PipelineStage;
import org.fieldbook.domain.SourceChannel;
import org.fieldbook.domain.StageChange;

/**
 * Makes one opportunity and lives through its history: it moves through the open stages in order, spending
 * a log-normal number of days in each (longer for bigger deals), and at each stage either moves on or is lost.
 * Whatever would happen after today has not happened: such deals are still open where they stand.
 */
final class DealMaker {
    private static final double NEW_BUSINESS_MEDIAN_DOLLARS = 24_000;
    private static final double EXPANSION_MEDIAN_DOLLARS = 9_000;
    private static final double NEW_BUSINESS_WIN_RATE = 0.2;
    private static final double EXPANSION_WIN_RATE = 0.5;
    private static final double[] NEW_BUSINESS_STAGE_DAYS = {12, 18, 24, 16};
    private static final double[] EXPANSION_STAGE_DAYS = {10, 16, 12};
    /** Chance that a deal stalls in a stage (the buyer goes quiet, a budget freeze) and stays 2 to 5 times longer. */
    private static final double STALL_CHANCE = 0.1;
    private static final double[] LOST_REASON_WEIGHTS = {25, 25, 15, 20, 10, 5};
    private static final List<BuyingRole> OTHER_ROLES = List.of(BuyingRole.CHAMPION, BuyingRole.EVALUATOR,
            BuyingRole.INFLUENCER, BuyingRole.USER, BuyingRole.BLOCKER);
    private static final double[] OTHER_ROLE_WEIGHTS = {3, 3, 2, 2, 0.5};

    private final DemoWorld world;
    private final PipelineShape newBusiness;
    private final PipelineShape expansion;
    private final ActivityMaker activities;
    private final LeadMaker leads;
    private final DealMoney money;
    private final Map<UUID, Integer> columnSizes = new HashMap<>();

    DealMaker(DemoWorld world, PipelineShape newBusiness, PipelineShape expansion, DemoCatalogue catalogue) {
        this.world = world;
        this.money = new DealMoney(world, catalogue);
        this.newBusiness = newBusiness;
        this.expansion = expansion;
        this.activities = new ActivityMaker(world);
        this.leads = new LeadMaker(world);
    }

    void make(Customer customer, LocalDate openedOn, DemoBatch batch) {
        DemoRandom random = world.random();
        Instant opened = world.calendar().officeHours(random, openedOn);
        boolean isExpansion = customer.isCustomerAt(opened) && random.chance(0.4);
        PipelineShape pipeline = isExpansion ? expansion : newBusiness;
        SalesTeam.Member owner = random.chance(0.8) ? customer.owner : world.team().any(random);
        SourceChannel channel = isExpansion ? ChannelMix.expansion(random, customer.channel)
                : ChannelMix.newBusiness(random);
        ChannelMix.Traits traits = ChannelMix.of(channel);
        boolean fromLead = !isExpansion && random.chance(traits.fromLead());
        double dollars = random.logNormal(isExpansion ? EXPANSION_MEDIAN_DOLLARS : NEW_BUSINESS_MEDIAN_DOLLARS, 0.75)
                * StrictMath.pow(customer.size, 0.4);
        String currency = random.chance(0.06) ? world.market().exportCurrency() : world.market().currency();
        List<String> products = world.words().products(isExpansion);
        String product = random.pick(products);
        double complexity = StrictMath.pow(dollars / NEW_BUSINESS_MEDIAN_DOLLARS, 0.35);
        int firstStage = fromLead && pipeline.open().size() > 1 && random.chance(0.4) ? 1 : 0;
        double odds = StrictMath.pow(isExpansion ? EXPANSION_WIN_RATE : NEW_BUSINESS_WIN_RATE,
                1.0 / pipeline.open().size()) * owner.skill() * traits.odds() / StrictMath.pow(complexity, 0.2);

        UUID id = world.ids().at(opened);
        UUID by = owner.rep().id();
        List<StageChange> history = new ArrayList<>();
        history.add(new StageChange(world.ids().at(opened), id, null, pipeline.open().get(firstStage).id(), opened,
                by));
        PipelineStage stage = pipeline.open().get(firstStage);
        Instant since = opened;
        OpportunityStatus status = OpportunityStatus.OPEN;
        String lostReason = null;
        int reached = firstStage;
        for (int s = firstStage; s < pipeline.open().size(); s++) {
            double dwell = random.logNormal(stageDays(isExpansion, s) * complexity, 0.7)
                    * (random.chance(STALL_CHANCE) ? random.uniform(2, 5) : 1);
            boolean movesOn = random.chance(Math.min(0.95, odds));
            PipelineStage target = movesOn ? (s + 1 < pipeline.open().size() ? pipeline.open().get(s + 1)
                    : pipeline.won()) : pipeline.lost();
            Instant at = world.calendar().later(random, since, movesOn ? dwell : dwell * random.uniform(0.7, 2.0));
            if (target == null || world.calendar().isFuture(at)) {
                break;
            }
            history.add(new StageChange(world.ids().at(at), id, stage.id(), target.id(), at, by));
            stage = target;
            since = at;
            if (!movesOn) {
                status = OpportunityStatus.LOST;
                lostReason = world.random().weighted(world.words().lostReasons(), LOST_REASON_WEIGHTS);
                break;
            }
            reached = s + 1;
            if (target == pipeline.won()) {
                status = OpportunityStatus.WON;
                customer.won(at);
            }
        }
        Instant closedAt = status == OpportunityStatus.OPEN ? null : since;
        Money amount = new Money(Market.quote(dollars, currency), currency);
        int proposalStage = (pipeline.open().size() + 1) / 2;
        if (reached >= proposalStage) {
            // quoted when it reached the middle of the pipeline (the proposal, in "New business")
            Instant quotedAt = history.get(proposalStage - firstStage).changedAt();
            List<OpportunityLine> lines = money.lines(id, product, products, dollars, currency, quotedAt);
            batch.lines.addAll(lines);
            amount = OpportunityLine.sum(lines, currency);
        }
        Opportunity opportunity = new Opportunity(id, customer.account.id(), pipeline.pipeline().id(), stage.id(),
                world.words().dealTitle(customer.company.shortName(), product), amount,
                expectedClose(closedAt, opened, reached, pipeline), by, channel, status, lostReason, closedAt,
                nextPosition(stage.id()), opened, null);
        if (status == OpportunityStatus.WON) {
            batch.payments.addAll(money.plan(opportunity));
        }
        List<Contact> people = buyingRoles(customer, id, opened, dollars, batch);
        batch.opportunities.add(opportunity);
        batch.stageChanges.addAll(history);
        Deal deal = new Deal(opportunity, customer, owner, people, fromLead,
                (double) reached / pipeline.open().size());
        activities.forDeal(deal, batch);
        leads.forDeal(deal, batch);
    }

    private static double stageDays(boolean isExpansion, int stage) {
        double[] days = isExpansion ? EXPANSION_STAGE_DAYS : NEW_BUSINESS_STAGE_DAYS;
        return stage < days.length ? days[stage] : 13;
    }

    /**
     * Closed deals were expected to close around when they did (often a little earlier: deals slip). Open
     * deals are expected in the weeks their remaining stages take, and about one in eight is already overdue.
     */
    private LocalDate expectedClose(Instant closedAt, Instant opened, int reached, PipelineShape pipeline) {
        DemoRandom random = world.random();
        DemoCalendar calendar = world.calendar();
        LocalDate expected;
        if (closedAt != null) {
            expected = calendar.dayOf(closedAt).plusDays(random.between(-21, 10));
        } else if (random.chance(0.12)) {
            expected = calendar.today().minusDays(random.between(1, 30));
        } else {
            int remaining = pipeline.open().size() - reached;
            expected = calendar.today().plusDays(Math.round(random.logNormal(12.0 * remaining + 7, 0.5)));
        }
        LocalDate openedOn = calendar.dayOf(opened);
        return expected.isBefore(openedOn) ? openedOn.plusDays(7) : expected;
    }

    /** New cards go to the bottom of their column. */
    private double nextPosition(UUID stageId) {
        int size = columnSizes.merge(stageId, 1, Integer::sum);
        return size;
    }

    /**
     * Three in four deals name the customer's people: the senior contact usually as decision maker, and on
     * bigger deals one to three more in other roles.
     */
    private List<Contact> buyingRoles(Customer customer, UUID opportunityId, Instant opened, double dollars,
                                      DemoBatch batch) {
        DemoRandom random = world.random();
        List<Contact> contacts = customer.contacts;
        if (contacts.isEmpty() || !random.chance(0.75)) {
            return contacts;
        }
        int more = dollars > 40_000 ? random.between(1, 3) : random.between(0, 1);
        List<Contact> others = new ArrayList<>(contacts.subList(1, contacts.size()));
        List<Contact> involved = new ArrayList<>();
        involved.add(contacts.get(0));
        batch.buyingRoles.add(new OpportunityContact(world.ids().at(opened), opportunityId, contacts.get(0).id(),
                random.chance(0.7) ? BuyingRole.DECISION_MAKER : BuyingRole.EVALUATOR));
        for (int i = 0; i < more && !others.isEmpty(); i++) {
            Contact contact = others.remove(random.between(0, others.size() - 1));
            involved.add(contact);
            batch.buyingRoles.add(new OpportunityContact(world.ids().at(opened), opportunityId, contact.id(),
                    random.weighted(OTHER_ROLES, OTHER_ROLE_WEIGHTS)));
        }
        return involved;
    }
}
