package vn.dti.server;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Failed sign-ins counted over the last {@link #WINDOW}, per account from one address, per address
 * and per account: past a limit, signing in is refused (429, with the minutes to wait) before the
 * password is even checked. Counted in memory: a restart forgets them, and a single server is what
 * {@code dti serve} is. Thread-safe.
 */
final class LoginThrottle {
    static final Duration WINDOW = Duration.ofMinutes(15);
    /** Failures of one account from one address. */
    static final int PER_ACCOUNT_AND_ADDRESS = 5;
    /** Failures from one address, any account (one address guessing many accounts). */
    static final int PER_ADDRESS = 20;
    /** Failures of one account, any address (many addresses guessing one account). */
    static final int PER_ACCOUNT = 30;
    private static final int MAX_KEYS = 100_000;

    private final Clock clock;
    private final Map<String, Deque<Instant>> failures = new LinkedHashMap<>(16, 0.75f, true);

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** Refuses with 429 when any of the three limits is reached. */
    synchronized void check(String account, String address) {
        Instant now = clock.instant();
        long wait = Math.max(Math.max(waitFor("a\u0000" + account + "\u0000" + address, PER_ACCOUNT_AND_ADDRESS, now),
                waitFor("i\u0000" + address, PER_ADDRESS, now)), waitFor("n\u0000" + account, PER_ACCOUNT, now));
        if (wait > 0) {
            throw Problem.tooManyRequests(Text.tooManyAttempts(wait));
        }
    }

    synchronized void failed(String account, String address) {
        Instant now = clock.instant();
        add("a\u0000" + account + "\u0000" + address, now);
        add("i\u0000" + address, now);
        add("n\u0000" + account, now);
    }

    /** A success clears the account's failures from that address. */
    synchronized void succeeded(String account, String address) {
        failures.remove("a\u0000" + account + "\u0000" + address);
    }

    /** Minutes until the oldest failure that keeps the key at its limit leaves the window; 0 when under the limit. */
    private long waitFor(String key, int limit, Instant now) {
        Deque<Instant> d = failures.get(key);
        if (d == null) {
            return 0;
        }
        prune(d, now);
        if (d.size() < limit) {
            return 0;
        }
        Instant free = d.peekFirst().plus(WINDOW);
        return Math.max(1, (Duration.between(now, free).toSeconds() + 59) / 60);
    }

    private void add(String key, Instant now) {
        Deque<Instant> d = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        prune(d, now);
        d.addLast(now);
        if (failures.size() > MAX_KEYS) {
            Iterator<Map.Entry<String, Deque<Instant>>> it = failures.entrySet().iterator();
            it.next();
            it.remove();
        }
    }

    private static void prune(Deque<Instant> d, Instant now) {
        while (!d.isEmpty() && !d.peekFirst().isAfter(now.minus(WINDOW))) {
            d.removeFirst();
        }
    }
}
