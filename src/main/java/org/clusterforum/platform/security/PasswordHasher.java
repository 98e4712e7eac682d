package org.clusterforum.platform.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Hashes and verifies passwords with PBKDF2-HMAC-SHA256.
 *
 * <p>Stored values are self-describing:
 * {@code pbkdf2-sha256$<iterations>$<base64 salt>$<base64 hash>}, so the iteration count can be raised later
 * without invalidating existing hashes ({@link #needsRehash(String)} tells when to re-hash after a successful
 * sign-in).
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class PasswordHasher {

    /** Production iteration count (OWASP 2023 recommendation for PBKDF2-HMAC-SHA256). */
    public static final int DEFAULT_ITERATIONS = 600_000;

    /** Prefix / algorithm identifier of the stored format. */
    public static final String ALGORITHM_ID = "pbkdf2-sha256";

    /**
     * Upper bound for iteration counts read back from stored values (unless this hasher itself is configured
     * higher), so a corrupted or tampered row cannot make one verification burn minutes of CPU.
     */
    static final int MAX_STORED_ITERATIONS = 10_000_000;

    private static final String JCA_ALGORITHM = "PBKDF2WithHmacSHA256";
    private static final int SALT_BYTES = 16;
    private static final int KEY_BITS = 256;
    private static final int KEY_BYTES = KEY_BITS / 8;
    private static final char SEPARATOR = '$';

    /** Fixed salt and "hash" used by {@link #burnTime(char[])}; never match anything real. */
    private static final byte[] DUMMY_SALT = "cf-burn-time-16b".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] DUMMY_HASH = new byte[KEY_BYTES];

    private static final Base64.Encoder B64_ENCODER = Base64.getEncoder();
    private static final Base64.Decoder B64_DECODER = Base64.getDecoder();

    private final int iterations;
    private final SecureRandom random = new SecureRandom();

    /**
     * @param iterations PBKDF2 iteration count for new hashes; use {@link #DEFAULT_ITERATIONS} in production
     * @throws IllegalArgumentException if {@code iterations < 1}
     */
    public PasswordHasher(int iterations) {
        if (iterations < 1) {
            throw new IllegalArgumentException("iterations must be at least 1, was " + iterations);
        }
        this.iterations = iterations;
    }

    /** The iteration count used for new hashes. */
    public int iterations() {
        return iterations;
    }

    /**
     * Hashes a password with a fresh random salt.
     *
     * @param password the password; not modified (the caller may wipe it afterwards)
     * @return the stored form {@code pbkdf2-sha256$<iterations>$<base64 salt>$<base64 hash>}
     * @throws NullPointerException if {@code password} is null
     */
    public String hash(char[] password) {
        if (password == null) {
            throw new NullPointerException("password");
        }
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        byte[] key = derive(password, salt, iterations, KEY_BITS);
        try {
            return ALGORITHM_ID + SEPARATOR + iterations + SEPARATOR
                    + B64_ENCODER.encodeToString(salt) + SEPARATOR
                    + B64_ENCODER.encodeToString(key);
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }

    /**
     * Checks a password against a stored hash in constant time (with respect to the hash contents), using the
     * iteration count recorded in {@code stored}.
     *
     * @return true only if {@code stored} is well-formed and matches; false (never an exception) for null
     *         arguments or malformed stored values
     */
    public boolean verify(char[] password, String stored) {
        if (password == null) {
            return false;
        }
        Parsed parsed = parse(stored);
        if (parsed == null) {
            return false;
        }
        byte[] actual;
        try {
            actual = derive(password, parsed.salt, parsed.iterations, parsed.hash.length * 8);
        } catch (RuntimeException e) {
            return false;
        }
        try {
            return MessageDigest.isEqual(actual, parsed.hash);
        } finally {
            Arrays.fill(actual, (byte) 0);
        }
    }

    /**
     * True when {@code stored} was not produced with this hasher's parameters (different iteration count or key
     * length) or is not a recognisable hash at all; the caller should then re-hash the password after a
     * successful {@link #verify}.
     */
    public boolean needsRehash(String stored) {
        Parsed parsed = parse(stored);
        return parsed == null || parsed.iterations != iterations || parsed.hash.length != KEY_BYTES;
    }

    /**
     * Performs one key derivation of the same cost as {@link #verify} against a fixed dummy, and discards the
     * result. Call it when the account does not exist so that a sign-in for an unknown email takes as long as one
     * for a known email (no user enumeration through timing).
     *
     * @param password what was typed; may be null
     */
    public void burnTime(char[] password) {
        char[] input = password == null ? new char[0] : password;
        byte[] key = derive(input, DUMMY_SALT, iterations, KEY_BITS);
        // Compare as verify() does, so the code path costs the same; the result is deliberately ignored.
        MessageDigest.isEqual(key, DUMMY_HASH);
        Arrays.fill(key, (byte) 0);
    }

    private static byte[] derive(char[] password, byte[] salt, int iterations, int keyBits) {
        PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, keyBits);
        try {
            SecretKeyFactory factory = SecretKeyFactory.getInstance(JCA_ALGORITHM);
            return factory.generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is not available", e);
        } finally {
            spec.clearPassword();
        }
    }

    private Parsed parse(String stored) {
        if (stored == null) {
            return null;
        }
        String[] parts = stored.split("\\$", -1);
        if (parts.length != 4 || !ALGORITHM_ID.equals(parts[0])) {
            return null;
        }
        int storedIterations = parsePositiveInt(parts[1]);
        if (storedIterations < 1 || storedIterations > Math.max(MAX_STORED_ITERATIONS, iterations)) {
            return null;
        }
        byte[] salt;
        byte[] hash;
        try {
            salt = B64_DECODER.decode(parts[2]);
            hash = B64_DECODER.decode(parts[3]);
        } catch (IllegalArgumentException e) {
            return null;
        }
        // Accept any sane salt; bound the key length too, since every extra 32 bytes doubles the work.
        if (salt.length < 8 || salt.length > 1024 || hash.length < 16 || hash.length > 64) {
            return null;
        }
        return new Parsed(storedIterations, salt, hash);
    }

    /** Digits only (no sign, no whitespace), at most 9 of them; -1 otherwise. */
    private static int parsePositiveInt(String s) {
        if (s.isEmpty() || s.length() > 9) {
            return -1;
        }
        int value = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private record Parsed(int iterations, byte[] salt, byte[] hash) {
    }
}
