package org.clusterforum.platform.mail;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.clusterforum.platform.persistence.BaseEntity;
import org.clusterforum.platform.persistence.ForumStarted;
import org.clusterforum.platform.security.TrustedWrites;

/**
 * Every email the forum sends goes through here. A feature writes a message in its own transaction
 * ({@link #enqueue}); after that transaction commits the outbox tries to send it at once, and every
 * {@value #SWEEP_SECONDS} s it tries whatever is due (after a failure, with growing waits). A crash or an SMTP
 * outage therefore delays mail but loses none; a rolled-back transaction sends none; the unique key and the
 * one-statement claim send each message once (a crash in the instant between the SMTP server's acceptance and
 * the mark "sent" is the only case that repeats one, with the same Message-ID).
 */
@ApplicationScoped
public class MailOutbox {

    static final long SWEEP_SECONDS = 30;
    private static final int BATCH = 50;
    private static final Logger LOG = Logger.getLogger(MailOutbox.class.getName());

    @Inject
    MailSettings settings;

    @Inject
    OutboxStore store;

    @Inject
    MailSender sender;

    @Inject
    Event<MailQueued> queued;

    @Resource
    ManagedExecutorService executor;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private final AtomicBoolean delivering = new AtomicBoolean();
    private final AtomicBoolean again = new AtomicBoolean();
    private volatile ScheduledFuture<?> sweeper;

    void onStart(@Observes ForumStarted started) {
        if (!settings.enabled()) {
            LOG.info("Email is off: " + settings.whyOff().orElse(""));
            return;
        }
        LOG.info("Email is on: through " + settings.host().orElse("") + ", from " + settings.from());
        sweeper = scheduler.scheduleWithFixedDelay(this::deliverQuietly, SWEEP_SECONDS, SWEEP_SECONDS, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        if (sweeper != null) {
            sweeper.cancel(false);
        }
    }

    public boolean enabled() {
        return settings.enabled();
    }

    /** An absolute link into the forum, for a message. */
    public String link(String path) {
        return settings.link(path);
    }

    public String siteName() {
        return settings.siteName();
    }

    /**
     * Writes a message to the outbox in the caller's transaction, unless one with the same key is there already.
     * Returns false when email is off, the key was used, or the writes are trusted bulk writes (the demo content
     * sends no mail).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean enqueue(String dedupeKey, Long memberId, MailMessage message) {
        if (!settings.enabled() || TrustedWrites.active() || store.exists(dedupeKey)) {
            return false;
        }
        store.add(new OutboxMail(dedupeKey, memberId, message, BaseEntity.now()));
        queued.fire(new MailQueued());
        return true;
    }

    void onQueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) MailQueued event) {
        executor.execute(this::deliverQuietly);
    }

    private void deliverQuietly() {
        again.set(true);
        if (!delivering.compareAndSet(false, true)) {
            return; // the running round goes round once more
        }
        try {
            while (again.getAndSet(false)) {
                deliverDue(BaseEntity.now());
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Sending email failed", e);
        } finally {
            delivering.set(false);
            if (again.get()) {
                executor.execute(this::deliverQuietly);
            }
        }
    }

    /** Sends every message due at {@code now}; returns how many were sent. */
    public int deliverDue(Instant now) {
        int sent = 0;
        int failures = 0;
        String firstError = null;
        for (Long id : store.due(now, BATCH)) {
            var claimed = store.claim(id, now);
            if (claimed.isEmpty()) {
                continue;
            }
            try {
                sender.send(id, claimed.get().message());
                store.sent(id, BaseEntity.now());
                sent++;
            } catch (jakarta.mail.MessagingException | RuntimeException e) {
                String error = e.getClass().getSimpleName() + ": " + e.getMessage();
                store.failed(id, BaseEntity.now(), error);
                failures++;
                if (firstError == null) {
                    firstError = error;
                }
            }
        }
        if (failures > 0) {
            LOG.warning(failures + " email(s) could not be sent and wait for another try: " + firstError);
        }
        return sent;
    }

    public OutboxStatus status() {
        return store.status();
    }
}
