package com.scoredesk.user;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Throttles password guessing: after {@code maxFailures} failed logins for one user name within {@code window},
 * that name is locked until the window has passed since the last failure. Kept in memory: a restart forgets it.
 */
@Component
public class LoginAttempts {

    private final Clock clock;
    private final int maxFailures;
    private final Duration window;
    private final ConcurrentMap<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    LoginAttempts(
            Clock clock,
            @Value("${scoredesk.login.max-failures:5}") int maxFailures,
            @Value("${scoredesk.login.lock-minutes:15}") long lockMinutes) {
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.window = Duration.ofMinutes(lockMinutes);
    }

    public void failed(String username) {
        Deque<Instant> times = failures.computeIfAbsent(key(username), k -> new ArrayDeque<>());
        synchronized (times) {
            times.addLast(clock.instant());
            prune(times);
        }
    }

    public void succeeded(String username) {
        failures.remove(key(username));
    }

    public boolean isLocked(String username) {
        Deque<Instant> times = failures.get(key(username));
        if (times == null) {
            return false;
        }
        synchronized (times) {
            prune(times);
            return times.size() >= maxFailures;
        }
    }

    private void prune(Deque<Instant> times) {
        Instant oldest = clock.instant().minus(window);
        while (!times.isEmpty() && times.peekFirst().isBefore(oldest)) {
            times.removeFirst();
        }
    }

    private static String key(String username) {
        return username.strip().toLowerCase(Locale.ROOT);
    }
}
