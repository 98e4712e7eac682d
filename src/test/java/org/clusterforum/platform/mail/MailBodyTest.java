package org.clusterforum.platform.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class MailBodyTest {

    @Test
    void bothPartsSayTheSameAndTheHtmlEscapesEveryText() {
        MailBody body = new MailBody().paragraph("Sam <script>alert(1)</script> replied")
                .quote("line one\nline & two").link("Open it", "http://forum.test/threads/thread?id=3&page=2");
        assertEquals("Sam <script>alert(1)</script> replied\n\n> line one\n> line & two\n\n"
                + "Open it: http://forum.test/threads/thread?id=3&page=2\n", body.text());
        String html = body.html();
        assertFalse(html.contains("<script>"), html);
        assertTrue(html.contains("Sam &lt;script&gt;alert(1)&lt;/script&gt; replied"), html);
        assertTrue(html.contains("line one<br>line &amp; two"), html);
        assertTrue(html.contains("<a href=\"http://forum.test/threads/thread?id=3&amp;page=2\">Open it</a>"), html);
    }

    @Test
    void failuresWaitLongerEachTimeAndTheOutboxGivesUpAfterTwoDays() {
        assertEquals(Duration.ofMinutes(1), OutboxMail.backoff(1));
        assertEquals(Duration.ofMinutes(2), OutboxMail.backoff(2));
        assertEquals(Duration.ofMinutes(256), OutboxMail.backoff(9));
        assertEquals(Duration.ofMinutes(480), OutboxMail.backoff(11));
        OutboxMail mail = new OutboxMail("k", 1L, MailMessage.of("a@example.org", "s", "t", "h"), Instant.EPOCH);
        Instant at = Instant.EPOCH;
        Duration total = Duration.ZERO;
        for (int i = 0; i < OutboxMail.MAX_ATTEMPTS; i++) {
            mail.failed(at, "Connection refused");
            total = total.plus(i + 1 < OutboxMail.MAX_ATTEMPTS ? OutboxMail.backoff(i + 1) : Duration.ZERO);
        }
        assertEquals(at, mail.getGaveUpAt());
        assertTrue(total.compareTo(Duration.ofHours(40)) > 0 && total.compareTo(Duration.ofHours(56)) < 0, total.toString());
    }
}
