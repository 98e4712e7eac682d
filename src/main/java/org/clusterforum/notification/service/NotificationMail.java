package org.clusterforum.notification.service;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.clusterforum.account.service.AccountService;
import org.clusterforum.account.service.MailRecipient;
import org.clusterforum.challenge.service.ChallengeNotice;
import org.clusterforum.discussion.service.DiscussionService;
import org.clusterforum.discussion.service.PostPublished;
import org.clusterforum.discussion.service.PostRef;
import org.clusterforum.notification.model.EmailFrequency;
import org.clusterforum.notification.model.EmailSubscription;
import org.clusterforum.notification.model.EmailSubscriptionRepository;
import org.clusterforum.notification.model.Notification;
import org.clusterforum.notification.model.NotificationKind;
import org.clusterforum.notification.model.NotificationRepository;
import org.clusterforum.platform.mail.MailBody;
import org.clusterforum.platform.mail.MailMessage;
import org.clusterforum.platform.mail.MailOutbox;
import org.clusterforum.platform.persistence.BaseEntity;
import org.clusterforum.platform.persistence.ForumStarted;
import org.clusterforum.platform.security.Viewer;

/**
 * Turns notifications into email. The notification rows, written with the post that caused them, are this
 * feature's outbox: every {@value #SWEEP_SECONDS} s (and soon after a notification commits) each member's
 * notifications not yet emailed are read, in a transaction per member, and become outbox messages in that same
 * transaction: one email each for kinds the member wants at once, one digest for kinds they want daily or weekly
 * once it is due (07:00 UK time; Mondays for weekly). The same transaction marks the notifications emailed, so a
 * crash repeats nothing and loses nothing. Notifications already read in the forum, about posts the member can no
 * longer see, or of kinds they switched off, are passed over; nothing older than a week is mailed.
 */
@ApplicationScoped
public class NotificationMail {

    static final long SWEEP_SECONDS = 30;
    static final Duration LOOK_BACK = Duration.ofDays(8);
    private static final int DIGEST_ITEMS = 30;
    private static final Logger LOG = Logger.getLogger(NotificationMail.class.getName());

    @Inject
    NotificationRepository notifications;

    @Inject
    EmailSubscriptionRepository subscriptions;

    @Inject
    AccountService accounts;

    @Inject
    DiscussionService discussions;

    @Inject
    MailOutbox outbox;

    @Inject
    NotificationMail self;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private volatile ScheduledFuture<?> sweeper;
    private final AtomicBoolean sweepPlanned = new AtomicBoolean();

    void onStart(@Observes ForumStarted started) {
        if (outbox.enabled()) {
            sweeper = scheduler.scheduleWithFixedDelay(this::sweepQuietly, 5, SWEEP_SECONDS, TimeUnit.SECONDS);
        }
    }

    @PreDestroy
    void stop() {
        if (sweeper != null) {
            sweeper.cancel(false);
        }
    }

    /** Notifications were written and committed: prepare their emails in a moment (one sweep for a burst). */
    void afterPost(@Observes(during = TransactionPhase.AFTER_SUCCESS) PostPublished event) {
        sweepSoon();
    }

    void afterChallengeNotice(@Observes(during = TransactionPhase.AFTER_SUCCESS) ChallengeNotice notice) {
        sweepSoon();
    }

    private void sweepSoon() {
        if (outbox.enabled() && sweepPlanned.compareAndSet(false, true)) {
            scheduler.schedule(() -> {
                sweepPlanned.set(false);
                sweepQuietly();
            }, 1, TimeUnit.SECONDS);
        }
    }

    private void sweepQuietly() {
        try {
            sweep(BaseEntity.now());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Notification emails were not prepared; they are tried again shortly", e);
        }
    }

    /** Prepares the emails due at {@code now}; returns how many messages were written to the outbox. */
    public int sweep(Instant now) {
        if (!outbox.enabled()) {
            return 0;
        }
        int written = 0;
        for (Long member : self.recipients(now)) {
            try {
                written += self.prepareFor(member, now);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Emails for member #" + member + " were not prepared", e);
            }
        }
        return written;
    }

    @Transactional
    public List<Long> recipients(Instant now) {
        return notifications.recipientsWaitingForEmail(now.minus(LOOK_BACK));
    }

    /** One member's waiting notifications become emails (or are passed over), in one transaction. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int prepareFor(long memberId, Instant now) {
        List<Notification> waiting = notifications.waitingForEmail(memberId, now.minus(LOOK_BACK));
        Optional<MailRecipient> recipient = accounts.mailRecipient(memberId);
        if (waiting.isEmpty()) {
            return 0;
        }
        if (recipient.isEmpty()) {
            waiting.forEach(n -> n.markEmailed(now)); // suspended, unconfirmed or gone: nothing to send
            return 0;
        }
        EmailSubscription subscription = subscriptions.ensure(memberId);
        Viewer viewer = recipient.get().viewer();
        Map<Long, PostRef> refs = discussions.postRefs(viewer, waiting.stream().map(Notification::getPostId).toList());
        Map<Long, String> actors = accounts.viewersOf(waiting.stream().map(Notification::getActorId).toList()).stream()
                .collect(Collectors.toMap(Viewer::memberId, Viewer::displayName, (a, b) -> a));
        int written = 0;
        Map<EmailFrequency, List<Notification>> digests = new EnumMap<>(EmailFrequency.class);
        for (Notification n : waiting) {
            EmailFrequency frequency = subscription.frequency(n.getKind());
            PostRef ref = refs.get(n.getPostId());
            if (n.getReadAt() != null || ref == null || frequency == EmailFrequency.OFF) {
                n.markEmailed(now);
            } else if (frequency == EmailFrequency.IMMEDIATELY) {
                if (outbox.enqueue("notification:" + n.getId(), memberId,
                        single(recipient.get(), subscription, n, ref, actor(actors, n)))) {
                    written++;
                }
                n.markEmailed(now);
            } else {
                digests.computeIfAbsent(frequency, f -> new ArrayList<>()).add(n);
            }
        }
        for (var digest : digests.entrySet()) {
            EmailFrequency frequency = digest.getKey();
            if (frequency.digestDue(subscription.lastDigest(frequency), now)) {
                List<Notification> items = digest.getValue();
                if (outbox.enqueue("digest:" + frequency + ":" + memberId + ":" + now.toEpochMilli(), memberId,
                        digest(recipient.get(), subscription, frequency, items, refs, actors))) {
                    written++;
                }
                items.forEach(n -> n.markEmailed(now));
                subscription.digestSent(frequency, now);
            }
        }
        return written;
    }

    private static String actor(Map<Long, String> actors, Notification n) {
        return actors.getOrDefault(n.getActorId(), "A former member");
    }

    private MailMessage single(MailRecipient to, EmailSubscription subscription, Notification n, PostRef ref,
                               String actor) {
        String what = NotificationService.describe(n, actor, ref.challenge());
        String subject = what + " “" + ref.threadTitle() + "”";
        MailBody body = new MailBody()
                .paragraph(subject + ":");
        if (n.getKind() != NotificationKind.LIKE && !ref.excerpt().isBlank()) {
            body.quote(ref.excerpt());
        }
        body.link("Open it in " + outbox.siteName(), outbox.link(ref.url()));
        return footer(body, to, subscription, n.getKind(), "You get this email at once because of your choice for “"
                + n.getKind().emailLabel() + "”.").withSubject(subject);
    }

    private MailMessage digest(MailRecipient to, EmailSubscription subscription, EmailFrequency frequency,
                               List<Notification> items, Map<Long, PostRef> refs, Map<Long, String> actors) {
        String period = frequency == EmailFrequency.WEEKLY ? "week" : "day";
        String subject = "Your " + (frequency == EmailFrequency.WEEKLY ? "weekly" : "daily") + " digest from "
                + outbox.siteName() + ": " + items.size() + " new " + (items.size() == 1 ? "item" : "items");
        MailBody body = new MailBody().paragraph("Hello " + to.displayName() + ", here is what happened in the last "
                + period + " that you asked to hear about:");
        for (Notification n : items.subList(0, Math.min(items.size(), DIGEST_ITEMS))) {
            PostRef ref = refs.get(n.getPostId());
            body.heading(NotificationService.describe(n, actor(actors, n), ref.challenge()) + " “"
                    + ref.threadTitle() + "”");
            if (n.getKind() != NotificationKind.LIKE && !ref.excerpt().isBlank()) {
                body.quote(shorten(ref.excerpt(), 280));
            }
            body.link("Open it", outbox.link(ref.url()));
        }
        if (items.size() > DIGEST_ITEMS) {
            body.link("And " + (items.size() - DIGEST_ITEMS) + " more in your notifications",
                    outbox.link("/notifications"));
        }
        return footer(body, to, subscription, null, "You get this digest because of your email choices.")
                .withSubject(subject);
    }

    private Draft footer(MailBody body, MailRecipient to, EmailSubscription subscription, NotificationKind kind,
                         String why) {
        String query = "m=" + to.memberId() + "&k=" + subscription.getUnsubscribeKey()
                + (kind == null ? "" : "&kind=" + kind.name());
        String unsubscribe = outbox.link("/mail/unsubscribe?" + query);
        String oneClick = outbox.link("/mail/one-click?" + query);
        body.footer(why, "Unsubscribe from these emails", unsubscribe, "Choose which emails you get",
                outbox.link("/account/email"));
        return new Draft(to.email(), body, unsubscribe, oneClick);
    }

    private record Draft(String to, MailBody body, String unsubscribe, String oneClick) {
        MailMessage withSubject(String subject) {
            return new MailMessage(to, subject, body.text(), body.html(), unsubscribe, oneClick);
        }
    }

    private static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1).stripTrailing() + "…";
    }
}
