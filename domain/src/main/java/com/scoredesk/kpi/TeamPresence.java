package com.scoredesk.kpi;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Who has ScoreDesk open: the UI layer reports each open page (a browser tab) of a logged-in user, and its closing.
 * In memory, for this server: a restart forgets it, and the pages report again when they reconnect.
 */
@Component
public class TeamPresence {

    private final Map<String, Page> pages = new ConcurrentHashMap<>();
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TeamPresence(ApplicationEventPublisher events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    /** Page {@code pageKey} of user {@code userId} was opened. */
    public void opened(String pageKey, long userId) {
        if (pages.put(pageKey, new Page(userId, clock.instant())) == null) {
            events.publishEvent(new PresenceChanged());
        }
    }

    public void closed(String pageKey) {
        if (pages.remove(Objects.requireNonNull(pageKey)) != null) {
            events.publishEvent(new PresenceChanged());
        }
    }

    /** The users with a page open, each with the time of their earliest open page. */
    Map<Long, Instant> online() {
        Map<Long, Instant> users = new TreeMap<>();
        pages.values().forEach(page -> users.merge(page.userId(), page.since(), (a, b) -> a.isBefore(b) ? a : b));
        return users;
    }

    private record Page(long userId, Instant since) {}
}
