package org.fieldbook.service.demo;

import java.time.LocalDate;
import java.time.Month;
import java.util.Arrays;

/**
 * When each opportunity is opened and with which customer, drawn before any is made: opened on working days,
 * more in recent months than at the start (the business is growing), fewer in August and December.
 */
final class DealPlan {
    private final long[] openedOn;
    private final int[] customer;

    private DealPlan(long[] openedOn, int[] customer) {
        this.openedOn = openedOn;
        this.customer = customer;
    }

    static DealPlan draw(int count, Customers customers, DemoCalendar calendar, DemoRandom random) {
        long[] openedOn = new long[count];
        for (int i = 0; i < count; i++) {
            openedOn[i] = drawDay(calendar, random).toEpochDay();
        }
        Arrays.sort(openedOn);
        int[] customer = new int[count];
        for (int i = 0; i < count; i++) {
            customer[i] = customers.pickForDeal(random);
        }
        return new DealPlan(openedOn, customer);
    }

    private static LocalDate drawDay(DemoCalendar calendar, DemoRandom random) {
        int days = calendar.historyDays();
        while (true) {
            int offset = random.between(0, days - 1);
            LocalDate day = calendar.firstDay().plusDays(offset);
            double growth = 0.6 + 0.4 * offset / days;
            if (!DemoCalendar.isWeekend(day) && random.chance(growth * season(day.getMonth()))) {
                return day;
            }
        }
    }

    private static double season(Month month) {
        return switch (month) {
            case AUGUST -> 0.8;
            case DECEMBER -> 0.7;
            default -> 1.0;
        };
    }

    int size() {
        return openedOn.length;
    }

    LocalDate openedOn(int deal) {
        return LocalDate.ofEpochDay(openedOn[deal]);
    }

    int customer(int deal) {
        return customer[deal];
    }

    /** The day of each customer's first deal, or null for a customer without deals. */
    LocalDate[] firstDealOfEachCustomer(int customers) {
        LocalDate[] first = new LocalDate[customers];
        for (int deal = 0; deal < openedOn.length; deal++) {
            if (first[customer[deal]] == null) {
                first[customer[deal]] = openedOn(deal); // deals are in date order: the first seen is the first
            }
        }
        return first;
    }
}
