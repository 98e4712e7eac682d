package org.clusterforum.platform.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Slows down password guessing: counts failed sign-ins per account (normalised email, whether or not such an
 * account exists) and per client address in a sliding time window, and refuses further attempts once either
 * limit is reached until the oldest counted failure leaves the window.
 *
 * <p>Typical use:
 * <pre>{@code
 * Optional<Duration> wait = throttle.retryAfter(email, address);
 * if (wait.isPresent()) { show(SignInThrottle.minutesMessage(wait.get())); return; }
 * if (credentialsOk) throttle.recordSuccess(email, address); else throttle.recordFailure(email, address);
 * }</pre>
 *
 * <p>In-memory and per JVM (a restart forgets everything), thread-safe, and bounded: expired entries are
 * pruned opportunistically and at most {@code maxTrackedKeys} accounts and as many addresses are tracked; when
 * full, the key whose latest failure is oldest is forgotten first, so a flood of random emails cannot exhaust
 * memory. Each key stores at most its limit's worth of timestamps.
 */
public final class SignInThrottle {

    public static final int DEFAULT_MAX_FAILURES_PER_ACCOUNT = 5;
    public static final int DEFAULT_MAX_FAILURES_PER_ADDRESS = 20;
    public static final Duration DEFAULT_WINDOW = Duration.ofMinutes(15);
    public static final int DEFAULT_MAX_TRACKED_KEYS = 100_000;

    /** Key used for a null or blank client address. */
    public static final String UNKNOWN_ADDRESS = "unknown";

    /** Longer keys are truncated (no valid email exceeds 254 characters, no IP address 45). */
    private static final int MAX_KEY_LENGTH = 320;

    private final Clock clock;
    private final Duration window;
    private final Counter accounts;
    private final Counter addresses;

    /**
     * @param clock                 time source (inject a fixed/mutable clock in tests)
     * @param maxFailuresPerAccount failures of one account within {@code window} that block it (at least 1)
     * @param maxFailuresPerAddress failures from one client address within {@code window} that block it (at least 1)
     * @param window                sliding window length (positive)
     */
    public SignInThrottle(Clock clock, int maxFailuresPerAccount, int maxFailuresPerAddress, Duration window) {
        this(clock, maxFailuresPerAccount, maxFailuresPerAddress, window, DEFAULT_MAX_TRACKED_KEYS);
    }

    /**
     * As {@link #SignInThrottle(Clock, int, int, Duration)}, with an explicit cap on the number of tracked
     * accounts (and, separately, addresses).
     */
    public SignInThrottle(Clock clock, int maxFailuresPerAccount, int maxFailuresPerAddress, Duration window,
                          int maxTrackedKeys) {
        this.clock = Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(window, "window");
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("window must be positive, was " + window);
        }
        if (maxFailuresPerAccount < 1 || maxFailuresPerAddress < 1) {
            throw new IllegalArgumentException("failure limits must be at least 1");
        }
        if (maxTrackedKeys < 1) {
            throw new IllegalArgumentException("maxTrackedKeys must be at least 1, was " + maxTrackedKeys);
        }
        this.window = window;
        this.accounts = new Counter(maxFailuresPerAccount, maxTrackedKeys);
        this.addresses = new Counter(maxFailuresPerAddress, maxTrackedKeys);
    }

    /** System clock, 5 failures per account, 20 per address, 15-minute window, 100 000 tracked keys. */
    public static SignInThrottle standard() {
        return new SignInThrottle(Clock.systemUTC(), DEFAULT_MAX_FAILURES_PER_ACCOUNT,
                DEFAULT_MAX_FAILURES_PER_ADDRESS, DEFAULT_WINDOW);
    }

    /**
     * Whether a sign-in attempt may proceed now.
     *
     * @param accountKey the email as typed (normalised here: trimmed, lower-cased); may be null
     * @param address    the client address; null or blank counts as {@value #UNKNOWN_ADDRESS}
     * @return empty when allowed; otherwise how long until the attempt would be allowed (always positive)
     */
    public synchronized Optional<Duration> retryAfter(String accountKey, String address) {
        Instant now = clock.instant();
        prune(now);
        Duration wait = max(accounts.retryAfter(accountKey(accountKey), now),
                addresses.retryAfter(addressKey(address), now));
        return Optional.ofNullable(wait);
    }

    /** Counts a failed sign-in against both the account and the address. */
    public synchronized void recordFailure(String accountKey, String address) {
        Instant now = clock.instant();
        prune(now);
        accounts.record(accountKey(accountKey), now);
        addresses.record(addressKey(address), now);
    }

    /** Forgets the account's failures after a successful sign-in; the address's failures still count. */
    public synchronized void recordSuccess(String accountKey, String address) {
        accounts.clear(accountKey(accountKey));
        prune(clock.instant());
    }

    /**
     * "Too many failed sign-in attempts. Try again in 7 minutes." — minutes rounded up, at least 1.
     */
    public static String minutesMessage(Duration d) {
        long minutes = 1;
        if (d != null && !d.isNegative() && !d.isZero()) {
            minutes = d.toMinutes();
            if (!d.minusMinutes(minutes).isZero()) {
                minutes++;
            }
            minutes = Math.max(1, minutes);
        }
        return "Too many failed sign-in attempts. Try again in " + minutes + (minutes == 1 ? " minute." : " minutes.");
    }

    /** Number of accounts plus addresses currently tracked (for tests and monitoring). */
    public synchronized int trackedKeys() {
        return accounts.size() + addresses.size();
    }

    /** Number of accounts currently tracked. */
    synchronized int trackedAccounts() {
        return accounts.size();
    }

    /** Number of addresses currently tracked. */
    synchronized int trackedAddresses() {
        return addresses.size();
    }

    static String accountKey(String typed) {
        if (typed == null) {
            return "";
        }
        return truncate(typed.strip().toLowerCase(Locale.ROOT));
    }

    static String addressKey(String address) {
        if (address == null || address.isBlank()) {
            return UNKNOWN_ADDRESS;
        }
        return truncate(address.strip().toLowerCase(Locale.ROOT));
    }

    private static String truncate(String s) {
        return s.length() <= MAX_KEY_LENGTH ? s : s.substring(0, MAX_KEY_LENGTH);
    }

    private void prune(Instant now) {
        Instant cutoff = now.minus(window);
        accounts.prune(cutoff);
        addresses.prune(cutoff);
    }

    private static Duration max(Duration a, Duration b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return a.compareTo(b) >= 0 ? a : b;
    }

    /**
     * Failure timestamps per key. The map is kept in order of each key's latest failure (a key is re-inserted on
     * every failure), so the eldest entry is both the first to expire and the one evicted when full.
     * Not thread-safe on its own; guarded by the enclosing throttle's monitor.
     */
    private final class Counter {
        private final int limit;
        private final int maxKeys;
        private final LinkedHashMap<String, ArrayDeque<Instant>> failures;

        Counter(int limit, int maxKeys) {
            this.limit = limit;
            this.maxKeys = maxKeys;
            this.failures = new LinkedHashMap<>(16, 0.75f, false) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, ArrayDeque<Instant>> eldest) {
                    return size() > Counter.this.maxKeys;
                }
            };
        }

        void record(String key, Instant now) {
            ArrayDeque<Instant> times = failures.remove(key);
            if (times == null) {
                times = new ArrayDeque<>(Math.min(limit, 8));
            }
            dropExpired(times, now.minus(window));
            times.addLast(now);
            while (times.size() > limit) {
                times.removeFirst();
            }
            failures.put(key, times); // re-inserted: now the youngest entry
        }

        /** Null when allowed, otherwise the positive time until the oldest counted failure leaves the window. */
        Duration retryAfter(String key, Instant now) {
            ArrayDeque<Instant> times = failures.get(key);
            if (times == null) {
                return null;
            }
            dropExpired(times, now.minus(window));
            if (times.isEmpty()) {
                failures.remove(key);
                return null;
            }
            if (times.size() < limit) {
                return null;
            }
            Duration wait = Duration.between(now, times.peekFirst().plus(window));
            return wait.isNegative() || wait.isZero() ? null : wait;
        }

        void clear(String key) {
            failures.remove(key);
        }

        /** Removes keys whose latest failure is at or before {@code cutoff}; stops at the first live key. */
        void prune(Instant cutoff) {
            Iterator<ArrayDeque<Instant>> it = failures.values().iterator();
            while (it.hasNext()) {
                ArrayDeque<Instant> times = it.next();
                Instant latest = times.peekLast();
                if (latest != null && latest.isAfter(cutoff)) {
                    break;
                }
                it.remove();
            }
        }

        int size() {
            return failures.size();
        }

        private void dropExpired(ArrayDeque<Instant> times, Instant cutoff) {
            while (!times.isEmpty() && !times.peekFirst().isAfter(cutoff)) {
                times.removeFirst();
            }
        }
    }
}
