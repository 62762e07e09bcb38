package org.fieldbook.service.demo;

/** What every maker of a demo load shares: the words, the market, the time line, the seeded choices, the team. */
record DemoWorld(Vocabulary words, Market market, DemoCalendar calendar, DemoRandom random, DemoIds ids,
                 SalesTeam team) {
}
