package org.clusterforum.notification.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class EmailFrequencyTest {

    @Test
    void theDailyDigestSlotIsSevenInTheMorningUkTimeSummerOrWinter() {
        assertEquals(Instant.parse("2026-11-27T07:00:00Z"),
                EmailFrequency.DAILY.latestDigestTime(Instant.parse("2026-11-27T09:30:00Z")));
        assertEquals(Instant.parse("2026-11-26T07:00:00Z"),
                EmailFrequency.DAILY.latestDigestTime(Instant.parse("2026-11-27T06:59:00Z")), "before 7: yesterday's");
        assertEquals(Instant.parse("2026-07-01T06:00:00Z"),
                EmailFrequency.DAILY.latestDigestTime(Instant.parse("2026-07-01T12:00:00Z")), "07:00 BST is 06:00 UTC");
    }

    @Test
    void theWeeklyDigestSlotIsMondayMorning() {
        // 2026-11-27 is a Friday; the Monday before is the 23rd
        assertEquals(Instant.parse("2026-11-23T07:00:00Z"),
                EmailFrequency.WEEKLY.latestDigestTime(Instant.parse("2026-11-27T09:30:00Z")));
        assertEquals(Instant.parse("2026-11-16T07:00:00Z"),
                EmailFrequency.WEEKLY.latestDigestTime(Instant.parse("2026-11-23T06:00:00Z")));
    }

    @Test
    void aDigestIsDueOncePerSlotAndNeverForOtherFrequencies() {
        Instant now = Instant.parse("2026-11-27T09:30:00Z");
        assertTrue(EmailFrequency.DAILY.digestDue(null, now), "never sent: due");
        assertTrue(EmailFrequency.DAILY.digestDue(Instant.parse("2026-11-27T06:00:00Z"), now));
        assertFalse(EmailFrequency.DAILY.digestDue(Instant.parse("2026-11-27T07:10:00Z"), now));
        assertTrue(EmailFrequency.DAILY.digestDue(Instant.parse("2026-11-27T07:10:00Z"), now.plusSeconds(86_400)));
        assertFalse(EmailFrequency.WEEKLY.digestDue(Instant.parse("2026-11-24T08:00:00Z"), now));
        assertFalse(EmailFrequency.IMMEDIATELY.digestDue(null, now));
        assertFalse(EmailFrequency.OFF.digestDue(null, now));
    }

    @Test
    void aMemberWhoNeverChoseGetsTheDefaultsAndTheirOwnUnguessableKey() {
        EmailSubscription a = new EmailSubscription(1);
        EmailSubscription b = new EmailSubscription(1);
        assertEquals(EmailFrequency.IMMEDIATELY, a.frequency(NotificationKind.MENTION));
        assertEquals(EmailFrequency.OFF, a.frequency(NotificationKind.LIKE));
        assertEquals(48, a.getUnsubscribeKey().length());
        assertFalse(a.getUnsubscribeKey().equals(b.getUnsubscribeKey()));
        assertTrue(a.keyMatches(a.getUnsubscribeKey()));
        assertFalse(a.keyMatches(b.getUnsubscribeKey()));
        assertFalse(a.keyMatches(null));
        a.choose(NotificationKind.LIKE, EmailFrequency.WEEKLY);
        assertTrue(a.emailedKinds().contains(NotificationKind.LIKE));
    }
}
