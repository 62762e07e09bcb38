package org.fieldbook.service;

import java.util.Optional;
import java.util.UUID;
import org.fieldbook.domain.Currencies;
import org.fieldbook.domain.RuleViolation;
import org.fieldbook.domain.SalesRep;
import org.fieldbook.domain.TimeOrderedId;
import org.fieldbook.domain.Violation;
import org.fieldbook.store.Store;
import org.fieldbook.store.Tx;

/** Who uses this installation: their name (as a sales rep who owns records) and default currency. */
public final class ProfileService {
    static final String REP_ID = "profile.rep_id";
    static final String CURRENCY = "profile.currency";

    private final Store store;

    public ProfileService(Store store) {
        this.store = store;
    }

    /** The profile, or empty when the first-run questions have not been answered yet. */
    public Optional<Profile> profile() {
        return store.read(ProfileService::profile);
    }

    static Optional<Profile> profile(Tx tx) {
        Optional<String> repId = tx.settings().get(REP_ID);
        Optional<String> currency = tx.settings().get(CURRENCY);
        if (repId.isEmpty() || currency.isEmpty()) {
            return Optional.empty();
        }
        return tx.reps().findIncludingDeleted(UUID.fromString(repId.get()))
                .map(rep -> new Profile(rep, currency.get()));
    }

    /** Answers the first-run questions: creates the user as a sales rep and remembers the currency. */
    public Profile setUp(String name, String currency) {
        var violations = new java.util.ArrayList<Violation>();
        if (name == null || name.isBlank()) {
            violations.add(new Violation("name", "validation.name.required"));
        }
        if (!Currencies.isValid(currency)) {
            violations.add(new Violation("currency", "validation.currency.invalid"));
        }
        RuleViolation.throwIfAny(violations);
        return store.write(tx -> {
            Optional<Profile> existing = profile(tx);
            SalesRep rep;
            if (existing.isPresent()) {
                rep = tx.reps().update(existing.get().me().named(name.trim()));
            } else {
                rep = tx.reps().insert(new SalesRep(TimeOrderedId.next(), name.trim(), null, null, null));
                tx.settings().put(REP_ID, rep.id().toString());
            }
            tx.settings().put(CURRENCY, currency);
            return new Profile(rep, currency);
        });
    }

    /** The user as a sales rep, and the currency new opportunities start in. */
    public record Profile(SalesRep me, String defaultCurrency) {
    }
}
