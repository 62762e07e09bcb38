package org.fieldbook.service.demo;

import java.util.ArrayList;
import java.util.List;
import org.fieldbook.domain.Activity;
import org.fieldbook.domain.Lead;
import org.fieldbook.domain.Opportunity;
import org.fieldbook.domain.OpportunityContact;
import org.fieldbook.domain.OpportunityLine;
import org.fieldbook.domain.Payment;
import org.fieldbook.domain.StageChange;
import org.fieldbook.store.Tx;

/** The rows of a group of opportunities, written in one transaction so no opportunity lacks its history. */
final class DemoBatch {
    final List<Opportunity> opportunities = new ArrayList<>();
    final List<StageChange> stageChanges = new ArrayList<>();
    final List<OpportunityContact> buyingRoles = new ArrayList<>();
    final List<Activity> activities = new ArrayList<>();
    final List<Lead> leads = new ArrayList<>();
    final List<OpportunityLine> lines = new ArrayList<>();
    final List<Payment> payments = new ArrayList<>();

    /** Inserts in reference order: leads, lines and payments point to their opportunity, history and roles to both. */
    void writeTo(Tx tx) {
        tx.opportunities().insertAll(opportunities);
        tx.opportunityLines().insertAll(lines);
        tx.payments().insertAll(payments);
        tx.stageChanges().insertAll(stageChanges);
        tx.opportunityContacts().insertAll(buyingRoles);
        tx.activities().insertAll(activities);
        tx.leads().insertAll(leads);
    }
}
