package org.clusterforum.platform.security;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordHasherTest {

    private static final int FAST = 1000;
    private final PasswordHasher hasher = new PasswordHasher(FAST);

    @Test
    void hashedPasswordVerifies() {
        String stored = hasher.hash("correct horse battery staple".toCharArray());
        assertTrue(hasher.verify("correct horse battery staple".toCharArray(), stored));
    }

    @Test
    void wrongPasswordDoesNotVerify() {
        String stored = hasher.hash("correct horse battery staple".toCharArray());
        assertFalse(hasher.verify("correct horse battery stapler".toCharArray(), stored));
        assertFalse(hasher.verify("Correct horse battery staple".toCharArray(), stored));
        assertFalse(hasher.verify(new char[0], stored));
    }

    @Test
    void samePasswordHashesDifferentlyBecauseOfRandomSalt() {
        String a = hasher.hash("same password here".toCharArray());
        String b = hasher.hash("same password here".toCharArray());
        assertNotEquals(a, b);
        assertNotEquals(a.split("\\$")[2], b.split("\\$")[2]);
        assertTrue(hasher.verify("same password here".toCharArray(), a));
        assertTrue(hasher.verify("same password here".toCharArray(), b));
    }

    @Test
    void storedFormatIsSelfDescribing() {
        String stored = hasher.hash("format check 123".toCharArray());
        String[] parts = stored.split("\\$", -1);
        assertEquals(4, parts.length, stored);
        assertEquals("pbkdf2-sha256", parts[0]);
        assertEquals(String.valueOf(FAST), parts[1]);
        assertEquals(16, Base64.getDecoder().decode(parts[2]).length);
        assertEquals(32, Base64.getDecoder().decode(parts[3]).length);
    }

    @Test
    void verifyUsesIterationsRecordedInStoredValue() {
        String storedWithOtherCount = new PasswordHasher(1500).hash("iteration test pw".toCharArray());
        assertTrue(hasher.verify("iteration test pw".toCharArray(), storedWithOtherCount));
    }

    @Test
    void tamperedIterationCountDoesNotVerify() {
        String stored = hasher.hash("tamper test pw".toCharArray());
        String tampered = stored.replace("$" + FAST + "$", "$" + (FAST + 1) + "$");
        assertFalse(hasher.verify("tamper test pw".toCharArray(), tampered));
    }

    @Test
    void unicodePasswordRoundTrips() {
        char[] pw = "Grüße aus Köln 🐱🐶 — ünïcödé".toCharArray();
        String stored = hasher.hash(pw);
        assertTrue(hasher.verify("Grüße aus Köln 🐱🐶 — ünïcödé".toCharArray(), stored));
        assertFalse(hasher.verify("Grusse aus Koln 🐱🐶 — unicode".toCharArray(), stored));
    }

    @Test
    void emptyPasswordCanBeHashedAndVerified() {
        String stored = hasher.hash(new char[0]);
        assertTrue(hasher.verify(new char[0], stored));
        assertFalse(hasher.verify("x".toCharArray(), stored));
    }

    @Test
    void hashDoesNotModifyCallersArray() {
        char[] pw = "keep me intact please".toCharArray();
        hasher.hash(pw);
        assertEquals("keep me intact please", new String(pw));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
            "garbage",
            "pbkdf2-sha256",
            "pbkdf2-sha256$1000$",
            "pbkdf2-sha256$1000$c2FsdA==",
            "pbkdf2-sha256$1000$AAAAAAAAAAAAAAAAAAAAAA==$",
            "pbkdf2-sha256$$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=",
            "pbkdf2-sha256$abc$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=",
            "pbkdf2-sha256$0$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=",
            "pbkdf2-sha256$-5$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=",
            "pbkdf2-sha256$+1000$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=",
            "pbkdf2-sha256$99999999999$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=",
            "pbkdf2-sha256$999999999$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=",
            "pbkdf2-sha256$1000$not*base64$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=",
            "pbkdf2-sha256$1000$AAAAAAAAAAAAAAAAAAAAAA==$not*base64",
            "pbkdf2-sha256$1000$AAAAAAAAAAAAAAAAAAAAAA==$AAAA",
            "pbkdf2-sha256$1000$AAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=",
            "pbkdf2-sha256$1000$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=$extra",
            "bcrypt$1000$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=",
            "$2a$10$N9qo8uLOickgx2ZMRZoMyeIjZAgcfl7p92ldGxad68LJZdL17lhWy"
    })
    void malformedStoredValueIsRejectedWithoutThrowing(String stored) {
        assertDoesNotThrow(() -> assertFalse(hasher.verify("whatever password".toCharArray(), stored)));
        assertTrue(hasher.needsRehash(stored));
    }

    @Test
    void nullPasswordDoesNotVerify() {
        String stored = hasher.hash("some password".toCharArray());
        assertFalse(hasher.verify(null, stored));
    }

    @Test
    void needsRehashOnlyWhenIterationCountDiffers() {
        String stored = hasher.hash("rehash test pw".toCharArray());
        assertFalse(hasher.needsRehash(stored));
        assertTrue(new PasswordHasher(FAST * 2).needsRehash(stored));
        assertTrue(new PasswordHasher(FAST / 2).needsRehash(stored));
    }

    @Test
    void iterationsBelowOneAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> new PasswordHasher(0));
        assertThrows(IllegalArgumentException.class, () -> new PasswordHasher(-1));
        assertEquals(1, new PasswordHasher(1).iterations());
    }

    @Test
    void burnTimeAcceptsAnyInputAndDoesNotThrow() {
        assertDoesNotThrow(() -> hasher.burnTime("unknown user password".toCharArray()));
        assertDoesNotThrow(() -> hasher.burnTime(new char[0]));
        assertDoesNotThrow(() -> hasher.burnTime(null));
    }

    @Test
    void burnTimeCostsAboutAsMuchAsVerify() {
        PasswordHasher slower = new PasswordHasher(100_000);
        String stored = slower.hash("timing comparison".toCharArray());
        // Warm up the JIT so the measurement compares steady-state costs.
        for (int i = 0; i < 3; i++) {
            slower.verify("timing wrong".toCharArray(), stored);
            slower.burnTime("timing wrong".toCharArray());
        }
        long verifyNanos = Long.MAX_VALUE;
        long burnNanos = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            long t0 = System.nanoTime();
            slower.verify("timing wrong".toCharArray(), stored);
            long t1 = System.nanoTime();
            slower.burnTime("timing wrong".toCharArray());
            long t2 = System.nanoTime();
            verifyNanos = Math.min(verifyNanos, t1 - t0);
            burnNanos = Math.min(burnNanos, t2 - t1);
        }
        double ratio = (double) burnNanos / verifyNanos;
        assertTrue(ratio > 0.5 && ratio < 2.0,
                "burnTime " + burnNanos + " ns vs verify " + verifyNanos + " ns (ratio " + ratio + ")");
    }

    @Test
    void defaultIterationsHashAndVerify() {
        PasswordHasher production = new PasswordHasher(PasswordHasher.DEFAULT_ITERATIONS);
        String stored = production.hash("production strength pw".toCharArray());
        assertTrue(stored.startsWith("pbkdf2-sha256$600000$"), stored);
        assertTrue(production.verify("production strength pw".toCharArray(), stored));
        assertFalse(production.needsRehash(stored));
        assertTrue(production.needsRehash(hasher.hash("production strength pw".toCharArray())));
    }
}
