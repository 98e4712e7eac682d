package org.clusterforum.platform.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import org.clusterforum.platform.persistence.BaseEntity;

/**
 * An email in the outbox. Life: waiting (due at {@code nextAttemptAt}) → claimed by one sender for a while →
 * sent, or back to waiting with a later attempt after a failure → given up after {@value #MAX_ATTEMPTS} attempts
 * (about two days).
 */
@Entity
@Table(name = "MAIL_OUTBOX")
public class OutboxMail extends BaseEntity {

    static final int MAX_ATTEMPTS = 15;

    @Column(name = "DEDUPE_KEY", nullable = false, length = 120, unique = true)
    private String dedupeKey;

    @Column(name = "RECIPIENT", nullable = false, length = 254)
    private String recipient;

    @Column(name = "MEMBER_ID")
    private Long memberId;

    @Column(name = "SUBJECT", nullable = false, length = 300)
    private String subject;

    @Lob
    @Column(name = "TEXT_BODY", nullable = false)
    private String textBody;

    @Lob
    @Column(name = "HTML_BODY", nullable = false)
    private String htmlBody;

    @Column(name = "UNSUBSCRIBE_URL", length = 1000)
    private String unsubscribeUrl;

    @Column(name = "ONE_CLICK_URL", length = 1000)
    private String oneClickUrl;

    @Column(name = "ATTEMPTS", nullable = false)
    private int attempts;

    @Column(name = "NEXT_ATTEMPT_AT", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "CLAIMED_UNTIL")
    private Instant claimedUntil;

    @Column(name = "SENT_AT")
    private Instant sentAt;

    @Column(name = "GAVE_UP_AT")
    private Instant gaveUpAt;

    @Column(name = "LAST_ERROR", length = 500)
    private String lastError;

    protected OutboxMail() {
    }

    OutboxMail(String dedupeKey, Long memberId, MailMessage message, Instant now) {
        this.dedupeKey = dedupeKey;
        this.memberId = memberId;
        this.recipient = message.to();
        this.subject = message.subject().length() > 300 ? message.subject().substring(0, 299) + "…" : message.subject();
        this.textBody = message.text();
        this.htmlBody = message.html();
        this.unsubscribeUrl = message.unsubscribeUrl();
        this.oneClickUrl = message.oneClickUrl();
        this.nextAttemptAt = now;
    }

    /** Wait before the next attempt after {@code attempts} failures: 1, 2, 4 … minutes, at most 8 hours. */
    static Duration backoff(int attempts) {
        long minutes = 1L << Math.min(Math.max(attempts - 1, 0), 9);
        return Duration.ofMinutes(Math.min(minutes, 480));
    }

    void sent(Instant at) {
        sentAt = at;
        claimedUntil = null;
        lastError = null;
    }

    void failed(Instant at, String error) {
        attempts++;
        claimedUntil = null;
        lastError = error == null ? "Unknown error" : error.length() > 500 ? error.substring(0, 500) : error;
        if (attempts >= MAX_ATTEMPTS) {
            gaveUpAt = at;
        } else {
            nextAttemptAt = at.plus(backoff(attempts));
        }
    }

    MailMessage message() {
        return new MailMessage(recipient, subject, textBody, htmlBody, unsubscribeUrl, oneClickUrl);
    }

    public String getDedupeKey() {
        return dedupeKey;
    }

    public String getRecipient() {
        return recipient;
    }

    public Long getMemberId() {
        return memberId;
    }

    public String getSubject() {
        return subject;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public Instant getGaveUpAt() {
        return gaveUpAt;
    }

    public String getLastError() {
        return lastError;
    }
}
