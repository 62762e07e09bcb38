package org.fieldbook.service.demo;

import java.util.List;
import org.fieldbook.domain.Contact;
import org.fieldbook.domain.Opportunity;

/**
 * A made opportunity with what its activities and lead need to know: the customer, the rep working it, the
 * customer's people involved (buying roles first), whether it began as a lead, and how far it got.
 */
record Deal(Opportunity opportunity, Customer customer, SalesTeam.Member owner, List<Contact> people,
            boolean fromLead, double progress) {
}
