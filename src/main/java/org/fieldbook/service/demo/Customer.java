package org.fieldbook.service.demo;

import java.time.Instant;
import java.util.List;
import org.fieldbook.domain.Account;
import org.fieldbook.domain.Contact;
import org.fieldbook.domain.SourceChannel;

/**
 * One customer company while the demo is made: who it is, how big (a log-normal factor around 1 that drives
 * headcount, contacts, deal count and deal size), its account and people once they exist, and when it first
 * bought, which makes later deals expansion deals.
 */
final class Customer {
    final Vocabulary.Company company;
    final Vocabulary.Industry industry;
    final Vocabulary.City city;
    final double size;
    final SalesTeam.Member owner;
    final SourceChannel channel;
    Account account;
    List<Contact> contacts = List.of();
    private Instant firstWinAt;

    Customer(Vocabulary.Company company, Vocabulary.Industry industry, Vocabulary.City city, double size,
             SalesTeam.Member owner, SourceChannel channel) {
        this.company = company;
        this.industry = industry;
        this.city = city;
        this.size = size;
        this.owner = owner;
        this.channel = channel;
    }

    /** True when a deal won before {@code moment} makes this an existing customer then. */
    boolean isCustomerAt(Instant moment) {
        return firstWinAt != null && firstWinAt.isBefore(moment);
    }

    void won(Instant closedAt) {
        if (firstWinAt == null || closedAt.isBefore(firstWinAt)) {
            firstWinAt = closedAt;
        }
    }
}
