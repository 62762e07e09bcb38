package org.fieldbook.exchange;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.component.VTodo;
import biweekly.property.Status;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.fieldbook.domain.Activity;
import org.fieldbook.domain.ActivityType;
import org.fieldbook.store.Store;

/**
 * Activities as an iCalendar (.ics) file, written with biweekly: calls, visits and meetings as events (an hour
 * long; visits and meetings at their place), tasks and e-mails as to-dos, done ones marked completed. Each keeps
 * its Fieldbook id as UID, so importing the file again into a calendar updates instead of doubling.
 */
public final class ActivityCalendar {
    private static final Duration LENGTH = Duration.ofHours(1);

    private ActivityCalendar() {
    }

    public static String write(Store store) {
        ICalendar calendar = new ICalendar();
        calendar.setProductId("-//Fieldbook//Activities//EN");
        store.read(tx -> {
            Map<UUID, String> accounts = new HashMap<>();
            tx.accounts().all().forEach(a -> accounts.put(a.id(), a.name()));
            for (Activity activity : tx.activities().all()) {
                Instant when = activity.when();
                if (when == null) {
                    continue; // an undated note belongs to no day
                }
                String account = accounts.get(activity.accountId());
                String summary = account == null ? activity.subject() : activity.subject() + " — " + account;
                if (activity.type() == ActivityType.TASK || activity.type() == ActivityType.EMAIL
                        || activity.type() == ActivityType.NOTE) {
                    VTodo todo = new VTodo();
                    todo.setUid(activity.id().toString());
                    todo.setSummary(summary);
                    todo.setDateDue(Date.from(when));
                    todo.setDescription(activity.notes());
                    if (activity.isDone()) {
                        todo.setStatus(Status.completed());
                        todo.setCompleted(Date.from(activity.doneAt()));
                    }
                    calendar.addTodo(todo);
                } else {
                    VEvent event = new VEvent();
                    event.setUid(activity.id().toString());
                    event.setSummary(summary);
                    event.setDateStart(Date.from(when));
                    event.setDateEnd(Date.from(when.plus(LENGTH)));
                    event.setLocation(activity.location());
                    event.setDescription(activity.notes());
                    calendar.addEvent(event);
                }
            }
            return null;
        });
        return Biweekly.write(calendar).go();
    }
}
