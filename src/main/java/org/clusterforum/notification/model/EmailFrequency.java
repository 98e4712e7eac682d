package org.clusterforum.notification.model;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;

/** How often a member hears by email about one kind of notification. */
public enum EmailFrequency {
    OFF("Never"),
    IMMEDIATELY("At once"),
    DAILY("In a daily digest"),
    WEEKLY("In a weekly digest");

    /** Digests go out after this time of day (UK time): daily every day, weekly on Mondays. */
    public static final LocalTime DIGEST_TIME = LocalTime.of(7, 0);
    public static final ZoneId DIGEST_ZONE = ZoneId.of("Europe/London");

    private final String label;

    EmailFrequency(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isDigest() {
        return this == DAILY || this == WEEKLY;
    }

    /**
     * The latest digest time at or before {@code now}: this morning at 07:00 (or yesterday's, before 07:00) for a
     * daily digest; the latest Monday's for a weekly one.
     */
    public Instant latestDigestTime(Instant now) {
        ZonedDateTime local = now.atZone(DIGEST_ZONE);
        ZonedDateTime slot = local.with(DIGEST_TIME);
        if (slot.isAfter(local)) {
            slot = slot.minusDays(1);
        }
        if (this == WEEKLY) {
            slot = slot.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        }
        return slot.toInstant();
    }

    /** Whether a digest last sent at {@code last} (null: never) is due again at {@code now}. */
    public boolean digestDue(Instant last, Instant now) {
        return isDigest() && (last == null || last.isBefore(latestDigestTime(now)));
    }
}
