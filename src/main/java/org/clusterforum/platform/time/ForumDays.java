package org.clusterforum.platform.time;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The cluster's calendar: days are UK days. A moderator's "until" day (a pin, a silence, a suspension) lasts to
 * the end of that day; a date input starts at today.
 */
public final class ForumDays {

    public static final ZoneId ZONE = ZoneId.of("Europe/London");

    private ForumDays() {
    }

    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }

    /** Whether the day is over already (before today). */
    public static boolean isPast(LocalDate day) {
        return day.isBefore(today());
    }

    /** The moment the day ends: the start of the next one. */
    public static Instant endOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay(ZONE).toInstant();
    }

    /** The day that ends at {@code end} (the inverse of {@link #endOf}). */
    public static LocalDate endingAt(Instant end) {
        return LocalDate.ofInstant(end, ZONE).minusDays(1);
    }
}
