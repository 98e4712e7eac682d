package org.clusterforum.account.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import org.clusterforum.platform.persistence.BaseEntity;

/**
 * A single-use secret sent by email (address confirmation, password reset). Only its SHA-256 is stored, so the
 * table cannot be used to take over accounts; it may be used once, before it expires.
 */
@Entity
@Table(name = "ACCOUNT_TOKEN")
public class AccountToken extends BaseEntity {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Column(name = "MEMBER_ID", nullable = false)
    private long memberId;

    @Enumerated(EnumType.STRING)
    @Column(name = "PURPOSE", nullable = false, length = 20)
    private TokenPurpose purpose;

    @Column(name = "TOKEN_HASH", nullable = false, length = 64, unique = true)
    private String tokenHash;

    @Column(name = "EXPIRES_AT", nullable = false)
    private Instant expiresAt;

    @Column(name = "USED_AT")
    private Instant usedAt;

    protected AccountToken() {
    }

    AccountToken(long memberId, TokenPurpose purpose, String token, Instant now) {
        this.memberId = memberId;
        this.purpose = purpose;
        this.tokenHash = hash(token);
        this.expiresAt = now.plus(purpose.lifetime());
    }

    /** A new token for the link (43 URL-safe characters) and its row, which keeps only the hash. */
    public static Issued issue(long memberId, TokenPurpose purpose, Instant now) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        return new Issued(token, new AccountToken(memberId, purpose, token, now));
    }

    public record Issued(String token, AccountToken row) {
    }

    public static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public boolean usableAt(Instant now, TokenPurpose wanted) {
        return purpose == wanted && usedAt == null && now.isBefore(expiresAt);
    }

    public void use(Instant at) {
        usedAt = at;
    }

    public long getMemberId() {
        return memberId;
    }

    public TokenPurpose getPurpose() {
        return purpose;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getUsedAt() {
        return usedAt;
    }
}
