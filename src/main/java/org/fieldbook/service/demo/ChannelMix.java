package org.fieldbook.service.demo;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.fieldbook.domain.SourceChannel;

/**
 * Where new business comes from and how each source behaves, so the channel figures of the dashboard differ
 * the way they do in real teams: referrals are few but convert and close well, advertising brings many leads
 * that rarely convert.
 */
final class ChannelMix {
    /**
     * @param share          share of new-business opportunities from this channel
     * @param fromLead       share of those that began as a lead (the rest were opened directly)
     * @param leadConversion share of this channel's leads that become opportunities
     * @param daysToConvert  median days from lead to opportunity
     * @param odds           factor on the odds of moving on at each stage
     */
    record Traits(double share, double fromLead, double leadConversion, double daysToConvert, double odds) {
    }

    private static final Map<SourceChannel, Traits> TRAITS = new EnumMap<>(Map.of(
            SourceChannel.WEBSITE, new Traits(22, 0.65, 0.35, 7, 0.99),
            SourceChannel.REFERRAL, new Traits(14, 0.5, 0.55, 3, 1.06),
            SourceChannel.EVENT, new Traits(12, 0.65, 0.30, 10, 1.0),
            SourceChannel.OUTBOUND, new Traits(25, 0.3, 0.33, 12, 0.97),
            SourceChannel.PARTNER, new Traits(10, 0.5, 0.45, 5, 1.04),
            SourceChannel.ADVERTISING, new Traits(9, 0.65, 0.20, 14, 0.95),
            SourceChannel.SOCIAL, new Traits(6, 0.65, 0.22, 9, 0.96),
            SourceChannel.OTHER, new Traits(2, 0.0, 0.30, 7, 1.0)));
    private static final List<SourceChannel> CHANNELS = List.copyOf(TRAITS.keySet());
    private static final double[] SHARES = CHANNELS.stream().mapToDouble(c -> TRAITS.get(c).share()).toArray();

    private ChannelMix() {
    }

    static SourceChannel newBusiness(DemoRandom random) {
        return random.weighted(CHANNELS, SHARES);
    }

    /** Expansion deals come from the account manager, a happy user's referral, or where the account came from. */
    static SourceChannel expansion(DemoRandom random, SourceChannel accountChannel) {
        double u = random.uniform(0, 1);
        if (u < 0.5) {
            return SourceChannel.OUTBOUND;
        }
        return u < 0.7 || accountChannel == null ? SourceChannel.REFERRAL : accountChannel;
    }

    static Traits of(SourceChannel channel) {
        return TRAITS.get(channel);
    }
}
