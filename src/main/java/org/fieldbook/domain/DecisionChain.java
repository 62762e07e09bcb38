package org.fieldbook.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An account's buying roles across its opportunities: who plays which role, and when they were last touched. */
public record DecisionChain(List<Member> members) {
    public DecisionChain {
        members = List.copyOf(members);
    }

    /** One contact in one role, on the opportunities named; {@code lastTouch} is their newest done activity. */
    public record Member(UUID contactId, String contactName, String title, BuyingRole role,
                         List<String> opportunities, Instant lastTouch) {
        public Member {
            opportunities = List.copyOf(opportunities);
        }
    }

    public List<Member> inRole(BuyingRole role) {
        return members.stream().filter(m -> m.role() == role).toList();
    }
}
