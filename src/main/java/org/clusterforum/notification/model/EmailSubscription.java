package org.clusterforum.notification.model;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.Table;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import org.clusterforum.platform.persistence.BaseEntity;

/**
 * A member's email choices: a frequency per notification kind (kinds not stored keep their default), the secret
 * key in their unsubscribe links (so a link works without signing in, for them only), and when their last daily
 * and weekly digests went.
 */
@Entity
@Table(name = "EMAIL_SUBSCRIPTION")
public class EmailSubscription extends BaseEntity {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Column(name = "MEMBER_ID", nullable = false, unique = true)
    private long memberId;

    @Column(name = "UNSUBSCRIBE_KEY", nullable = false, length = 64)
    private String unsubscribeKey;

    @Column(name = "LAST_DAILY_AT")
    private Instant lastDailyAt;

    @Column(name = "LAST_WEEKLY_AT")
    private Instant lastWeeklyAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "EMAIL_PREFERENCE", joinColumns = @JoinColumn(name = "SUBSCRIPTION_ID"))
    @MapKeyColumn(name = "KIND", length = 20)
    @MapKeyEnumerated(EnumType.STRING)
    @Enumerated(EnumType.STRING)
    @Column(name = "FREQUENCY", length = 20, nullable = false)
    private Map<NotificationKind, EmailFrequency> frequencies = new HashMap<>();

    protected EmailSubscription() {
    }

    public EmailSubscription(long memberId) {
        this.memberId = memberId;
        byte[] key = new byte[24];
        RANDOM.nextBytes(key);
        this.unsubscribeKey = HexFormat.of().formatHex(key);
    }

    public EmailFrequency frequency(NotificationKind kind) {
        return frequencies.getOrDefault(kind, kind.defaultEmail());
    }

    /** Every kind's frequency, defaults included. */
    public Map<NotificationKind, EmailFrequency> frequencies() {
        Map<NotificationKind, EmailFrequency> all = new EnumMap<>(NotificationKind.class);
        for (NotificationKind kind : NotificationKind.values()) {
            all.put(kind, frequency(kind));
        }
        return all;
    }

    public void choose(NotificationKind kind, EmailFrequency frequency) {
        frequencies.put(kind, frequency);
    }

    /** The kinds emailed at all. */
    public Set<NotificationKind> emailedKinds() {
        Set<NotificationKind> kinds = new HashSet<>();
        frequencies().forEach((k, f) -> {
            if (f != EmailFrequency.OFF) {
                kinds.add(k);
            }
        });
        return kinds;
    }

    public boolean keyMatches(String key) {
        return key != null && java.security.MessageDigest.isEqual(unsubscribeKey.getBytes(), key.getBytes());
    }

    public Instant lastDigest(EmailFrequency frequency) {
        return frequency == EmailFrequency.WEEKLY ? lastWeeklyAt : lastDailyAt;
    }

    public void digestSent(EmailFrequency frequency, Instant at) {
        if (frequency == EmailFrequency.WEEKLY) {
            lastWeeklyAt = at;
        } else {
            lastDailyAt = at;
        }
    }

    public long getMemberId() {
        return memberId;
    }

    public String getUnsubscribeKey() {
        return unsubscribeKey;
    }
}
