package org.clusterforum.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

class SignInThrottleTest {

    private static final Duration WINDOW = Duration.ofMinutes(15);
    private static final String IP = "203.0.113.7";

    /** A clock the test moves by hand. */
    static final class MutableClock extends Clock {
        private volatile Instant now = Instant.parse("2026-03-01T10:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final MutableClock clock = new MutableClock();
    private final SignInThrottle throttle = new SignInThrottle(clock, 5, 20, WINDOW);

    private void fail(String account, String address, int times, Duration gap) {
        for (int i = 0; i < times; i++) {
            throttle.recordFailure(account, address);
            clock.advance(gap);
        }
    }

    @Test
    void freshAccountIsAllowed() {
        assertEquals(Optional.empty(), throttle.retryAfter("jane@example.org", IP));
    }

    @Test
    void fourFailuresStillAllowed() {
        fail("jane@example.org", IP, 4, Duration.ofMinutes(1));
        assertEquals(Optional.empty(), throttle.retryAfter("jane@example.org", IP));
    }

    @Test
    void fiveFailuresBlockAccountUntilOldestFailureLeavesWindow() {
        fail("jane@example.org", IP, 5, Duration.ofMinutes(1)); // failures at t0 .. t0+4m; now t0+5m
        Optional<Duration> wait = throttle.retryAfter("jane@example.org", IP);
        assertEquals(Optional.of(Duration.ofMinutes(10)), wait);
        assertEquals("Too many failed sign-in attempts. Try again in 10 minutes.",
                SignInThrottle.minutesMessage(wait.orElseThrow()));
    }

    @Test
    void blockIsLiftedOneFailureAtATimeAsWindowSlides() {
        fail("jane@example.org", IP, 5, Duration.ofMinutes(1)); // t0 .. t0+4m, now t0+5m
        clock.advance(Duration.ofMinutes(10).minusSeconds(1)); // t0+15m-1s: first failure still counts
        assertEquals(Optional.of(Duration.ofSeconds(1)), throttle.retryAfter("jane@example.org", IP));
        clock.advance(Duration.ofSeconds(1)); // t0+15m: first failure has left the window
        assertEquals(Optional.empty(), throttle.retryAfter("jane@example.org", IP));
        throttle.recordFailure("jane@example.org", IP); // back to five within the window
        assertEquals(Optional.of(Duration.ofMinutes(1)), throttle.retryAfter("jane@example.org", IP));
    }

    @Test
    void windowExpiryUnblocksAccount() {
        fail("jane@example.org", IP, 5, Duration.ZERO);
        assertTrue(throttle.retryAfter("jane@example.org", IP).isPresent());
        clock.advance(WINDOW);
        assertEquals(Optional.empty(), throttle.retryAfter("jane@example.org", IP));
        assertEquals(0, throttle.trackedKeys(), "expired entries are pruned");
    }

    @Test
    void otherAccountsAreUnaffected() {
        fail("jane@example.org", IP, 5, Duration.ZERO);
        assertTrue(throttle.retryAfter("jane@example.org", IP).isPresent());
        assertEquals(Optional.empty(), throttle.retryAfter("john@example.org", IP));
        assertEquals(Optional.empty(), throttle.retryAfter("john@example.org", "198.51.100.1"));
    }

    @Test
    void blockedAccountIsBlockedFromEveryAddress() {
        fail("jane@example.org", IP, 5, Duration.ZERO);
        assertTrue(throttle.retryAfter("jane@example.org", "198.51.100.1").isPresent());
        assertTrue(throttle.retryAfter("jane@example.org", null).isPresent());
    }

    @Test
    void addressLimitBlocksAcrossManyAccounts() {
        for (int i = 0; i < 20; i++) {
            throttle.recordFailure("user" + i + "@example.org", IP); // one failure each: no account is blocked
        }
        assertTrue(throttle.retryAfter("someone.new@example.org", IP).isPresent());
        assertEquals(Optional.of(WINDOW), throttle.retryAfter("someone.new@example.org", IP));
        assertEquals(Optional.empty(), throttle.retryAfter("someone.new@example.org", "198.51.100.1"));
        assertEquals(Optional.empty(), throttle.retryAfter("user1@example.org", "198.51.100.1"));
    }

    @Test
    void nineteenFailuresFromAnAddressStillAllowed() {
        for (int i = 0; i < 19; i++) {
            throttle.recordFailure("user" + i + "@example.org", IP);
        }
        assertEquals(Optional.empty(), throttle.retryAfter("someone.new@example.org", IP));
    }

    @Test
    void nullAndBlankAddressesShareTheUnknownBucket() {
        for (int i = 0; i < 10; i++) {
            throttle.recordFailure("a" + i + "@example.org", null);
            throttle.recordFailure("b" + i + "@example.org", "  ");
        }
        assertTrue(throttle.retryAfter("c@example.org", null).isPresent());
        assertTrue(throttle.retryAfter("c@example.org", "unknown").isPresent());
        assertEquals(Optional.empty(), throttle.retryAfter("c@example.org", IP));
    }

    @Test
    void successClearsAccountButNotAddress() {
        fail("jane@example.org", IP, 4, Duration.ZERO);
        throttle.recordSuccess("jane@example.org", IP);
        fail("jane@example.org", IP, 4, Duration.ZERO);
        assertEquals(Optional.empty(), throttle.retryAfter("jane@example.org", IP), "account count restarted");

        for (int i = 0; i < 12; i++) {
            throttle.recordFailure("other" + i + "@example.org", IP);
        }
        // 4 + 4 + 12 = 20 failures from the address: the success did not reset the address count.
        assertTrue(throttle.retryAfter("fresh@example.org", IP).isPresent());
    }

    @Test
    void successUnblocksAccount() {
        fail("jane@example.org", "198.51.100.1", 5, Duration.ZERO);
        throttle.recordSuccess("jane@example.org", IP);
        assertEquals(Optional.empty(), throttle.retryAfter("jane@example.org", IP));
    }

    @Test
    void accountKeyIgnoresCaseAndSurroundingWhitespace() {
        throttle.recordFailure("Jane@Example.org", IP);
        throttle.recordFailure("  jane@example.org ", IP);
        throttle.recordFailure("JANE@EXAMPLE.ORG", IP);
        throttle.recordFailure("\tjane@example.ORG\n", IP);
        throttle.recordFailure("jane@example.org", IP);
        assertTrue(throttle.retryAfter(" JaNe@eXaMpLe.OrG ", IP).isPresent());
        throttle.recordSuccess("JANE@example.org  ", IP);
        assertEquals(Optional.empty(), throttle.retryAfter("jane@example.org", IP));
    }

    @Test
    void nullAccountKeyIsTreatedLikeAnyOtherKey() {
        fail(null, IP, 5, Duration.ZERO);
        assertTrue(throttle.retryAfter(null, IP).isPresent());
        assertTrue(throttle.retryAfter("", "198.51.100.1").isPresent());
        assertEquals(Optional.empty(), throttle.retryAfter("jane@example.org", "198.51.100.1"));
    }

    @Test
    void retryAfterReportsLongerOfAccountAndAddressWaits() {
        SignInThrottle t = new SignInThrottle(clock, 2, 3, WINDOW);
        t.recordFailure("a@example.org", IP);                 // t0
        clock.advance(Duration.ofMinutes(5));
        t.recordFailure("b@example.org", IP);                 // t0+5
        t.recordFailure("b@example.org", IP);                 // t0+5: b blocked until t0+20, address until t0+15
        assertEquals(Optional.of(WINDOW), t.retryAfter("b@example.org", IP));
        assertEquals(Optional.of(Duration.ofMinutes(10)), t.retryAfter("c@example.org", IP));
    }

    @Test
    void memoryIsCappedByEvictingOldestKeys() {
        SignInThrottle small = new SignInThrottle(clock, 1, 1_000_000, WINDOW, 100);
        small.recordFailure("first@example.org", "192.0.2.1");
        assertTrue(small.retryAfter("first@example.org", "192.0.2.2").isPresent());
        for (int i = 0; i < 1_000; i++) {
            small.recordFailure("random" + i + "@example.org", "10.0." + (i / 256) + "." + (i % 256));
        }
        assertEquals(100, small.trackedAccounts());
        assertEquals(100, small.trackedAddresses());
        assertEquals(Optional.empty(), small.retryAfter("first@example.org", "192.0.2.2"), "oldest evicted");
        assertTrue(small.retryAfter("random999@example.org", "192.0.2.2").isPresent(), "newest kept");
    }

    @Test
    void defaultCapHoldsUnderFloodOfRandomEmails() {
        SignInThrottle t = new SignInThrottle(clock, 5, 20, WINDOW);
        for (int i = 0; i < SignInThrottle.DEFAULT_MAX_TRACKED_KEYS + 5_000; i++) {
            t.recordFailure("random" + i + "@example.org", "10.1." + (i % 200) + ".1");
        }
        assertEquals(SignInThrottle.DEFAULT_MAX_TRACKED_KEYS, t.trackedAccounts());
        assertEquals(200, t.trackedAddresses());
    }

    @Test
    void hugeTypedKeysAreTruncated() {
        String huge = "x".repeat(1_000_000) + "@example.org";
        throttle.recordFailure(huge, "y".repeat(100_000));
        assertTrue(SignInThrottle.accountKey(huge).length() <= 320);
        assertTrue(SignInThrottle.addressKey("y".repeat(100_000)).length() <= 320);
    }

    @Test
    void recentlyActiveKeySurvivesEvictionOfOlderOnes() {
        SignInThrottle small = new SignInThrottle(clock, 3, 1_000_000, WINDOW, 3);
        small.recordFailure("a@example.org", IP);
        small.recordFailure("b@example.org", IP);
        small.recordFailure("c@example.org", IP);
        small.recordFailure("a@example.org", IP); // a is now the most recent
        small.recordFailure("d@example.org", IP); // evicts b, the least recently failed
        small.recordFailure("a@example.org", IP);
        assertTrue(small.retryAfter("a@example.org", "192.0.2.9").isPresent());
        assertEquals(3, small.trackedAccounts());
    }

    @Test
    void minutesMessageRoundsUpWithMinimumOfOneMinute() {
        assertEquals("Too many failed sign-in attempts. Try again in 7 minutes.",
                SignInThrottle.minutesMessage(Duration.ofMinutes(6).plusSeconds(1)));
        assertEquals("Too many failed sign-in attempts. Try again in 7 minutes.",
                SignInThrottle.minutesMessage(Duration.ofMinutes(7)));
        assertEquals("Too many failed sign-in attempts. Try again in 1 minute.",
                SignInThrottle.minutesMessage(Duration.ofSeconds(1)));
        assertEquals("Too many failed sign-in attempts. Try again in 1 minute.",
                SignInThrottle.minutesMessage(Duration.ofNanos(1)));
        assertEquals("Too many failed sign-in attempts. Try again in 1 minute.",
                SignInThrottle.minutesMessage(Duration.ZERO));
        assertEquals("Too many failed sign-in attempts. Try again in 1 minute.",
                SignInThrottle.minutesMessage(Duration.ofMinutes(1)));
        assertEquals("Too many failed sign-in attempts. Try again in 2 minutes.",
                SignInThrottle.minutesMessage(Duration.ofMinutes(1).plusMillis(1)));
        assertEquals("Too many failed sign-in attempts. Try again in 15 minutes.",
                SignInThrottle.minutesMessage(Duration.ofMinutes(15)));
        assertEquals("Too many failed sign-in attempts. Try again in 1 minute.",
                SignInThrottle.minutesMessage(null));
    }

    @Test
    void standardThrottleBlocksAfterFiveFailures() {
        SignInThrottle standard = SignInThrottle.standard();
        for (int i = 0; i < 5; i++) {
            assertFalse(standard.retryAfter("jane@example.org", IP).isPresent());
            standard.recordFailure("jane@example.org", IP);
        }
        Duration wait = standard.retryAfter("jane@example.org", IP).orElseThrow();
        assertTrue(wait.compareTo(WINDOW) <= 0 && wait.compareTo(Duration.ofMinutes(14)) > 0, wait::toString);
    }

    @Test
    void invalidConfigurationIsRejected() {
        assertThrows(NullPointerException.class, () -> new SignInThrottle(null, 5, 20, WINDOW));
        assertThrows(NullPointerException.class, () -> new SignInThrottle(clock, 5, 20, null));
        assertThrows(IllegalArgumentException.class, () -> new SignInThrottle(clock, 0, 20, WINDOW));
        assertThrows(IllegalArgumentException.class, () -> new SignInThrottle(clock, 5, 0, WINDOW));
        assertThrows(IllegalArgumentException.class, () -> new SignInThrottle(clock, 5, 20, Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> new SignInThrottle(clock, 5, 20, Duration.ofMinutes(-1)));
        assertThrows(IllegalArgumentException.class, () -> new SignInThrottle(clock, 5, 20, WINDOW, 0));
    }

    @Test
    void concurrentFailuresAreAllCounted() throws Exception {
        SignInThrottle t = new SignInThrottle(clock, 1_000, 1_000_000, WINDOW);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            for (int i = 0; i < 999; i++) {
                int n = i;
                pool.execute(() -> {
                    t.recordFailure("shared@example.org", "10.0.0." + (n % 8));
                    t.retryAfter("shared@example.org", "10.0.0." + (n % 8));
                });
            }
        } finally {
            pool.shutdown();
            assertTrue(pool.awaitTermination(30, TimeUnit.SECONDS));
        }
        assertEquals(Optional.empty(), t.retryAfter("shared@example.org", "10.9.9.9"));
        t.recordFailure("shared@example.org", "10.9.9.9");
        assertNotNull(t.retryAfter("shared@example.org", "10.9.9.9").orElse(null), "1000th failure blocks");
    }
}
