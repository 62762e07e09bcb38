package org.fieldbook.store;

import java.time.Clock;
import org.fieldbook.domain.CompanyLogo;
import org.fieldbook.domain.CompanyProfile;
import org.fieldbook.store.change.ChangeCapture;
import org.fieldbook.store.jooq.tables.records.CompanyLogoRecord;
import org.fieldbook.store.jooq.tables.records.CompanyProfileRecord;
import org.jooq.DSLContext;

/** The team's one company row (made by V11 with a fixed id) and the logos it has had. */
public final class CompanyRepository extends Entities<CompanyProfile, CompanyProfileRecord> {
    private final Entities<CompanyLogo, CompanyLogoRecord> logos;

    CompanyRepository(DSLContext db, ChangeCapture capture, Clock clock) {
        super(db, QuoteMappings.COMPANY_PROFILES, capture, clock);
        logos = new Entities<>(db, QuoteMappings.COMPANY_LOGOS, capture, clock);
    }

    public Entities<CompanyLogo, CompanyLogoRecord> logos() {
        return logos;
    }

    /** The company details; the row is there from the migration on, so this never fails on a migrated store. */
    public CompanyProfile profile() {
        return get(CompanyProfile.ID);
    }
}
