package org.fieldbook.service.demo;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.fieldbook.domain.SalesRep;

/** The demo company's sales reps, and how good each one is: some close more deals and log more calls. */
final class SalesTeam {
    static final String EMAIL_DOMAIN = "fieldbook-demo.example";

    /** A rep with a closing skill (about 0.9 to 1.1, a factor on each stage's odds) and a work rate. */
    record Member(SalesRep rep, double skill, double diligence) {
    }

    private final List<Member> members;

    private SalesTeam(List<Member> members) {
        this.members = List.copyOf(members);
    }

    /** 4 reps for a small data set, one more for every tenfold more opportunities, at most 8. */
    static int sizeFor(int opportunities) {
        int extra = (int) Math.floor(Math.log10(Math.max(1.0, opportunities / 30.0)));
        return Math.min(8, 4 + extra);
    }

    /**
     * One rep per region in turn, and in a team of five or more one key-account manager, who owns the biggest
     * customers wherever they are.
     */
    static SalesTeam hire(int size, Vocabulary words, DemoRandom random, DemoIds ids, Instant hiredAt) {
        List<String> regions = words.cities().stream().map(Vocabulary.City::region).distinct().toList();
        List<Member> members = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            Vocabulary.Person person = words.person(random);
            boolean keyAccounts = size >= 5 && i == size - 1;
            String region = keyAccounts ? null : regions.get(i % regions.size());
            SalesRep rep = new SalesRep(ids.at(hiredAt), person.name(), person.emailName() + "@" + EMAIL_DOMAIN,
                    keyAccounts ? words.keyAccountTeam() : words.regionalTeam(region), region);
            members.add(new Member(rep, random.uniform(0.9, 1.1), random.uniform(0.7, 1.3)));
        }
        return new SalesTeam(members);
    }

    List<SalesRep> reps() {
        return members.stream().map(Member::rep).toList();
    }

    /** The key-account manager for a big customer, else the rep who covers its region, else anyone. */
    Member ownerFor(String region, boolean keyAccount, DemoRandom random) {
        List<Member> owners = members.stream()
                .filter(m -> keyAccount ? m.rep().region() == null : region.equals(m.rep().region())).toList();
        return random.pick(owners.isEmpty() ? members : owners);
    }

    Member any(DemoRandom random) {
        return random.pick(members);
    }
}
