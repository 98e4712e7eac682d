package org.clusterforum.notification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.clusterforum.notification.model.EmailFrequency;
import org.clusterforum.notification.model.EmailSubscription;
import org.clusterforum.notification.model.EmailSubscriptionRepository;
import org.clusterforum.notification.model.NotificationKind;
import org.clusterforum.platform.mail.MailOutbox;
import org.clusterforum.platform.security.Viewer;
import org.clusterforum.platform.validation.Forbidden;
import org.clusterforum.platform.validation.InvalidInput;

/**
 * A member's email choices: how often each kind of notification reaches them by email, changed on their settings
 * page or, without signing in, from the unsubscribe link at the foot of every notification email.
 */
@ApplicationScoped
public class EmailSettings {

    public static final String LINK_NOT_VALID = "This unsubscribe link is not valid. Sign in and change your email"
            + " choices in your settings instead.";
    private static final Logger LOG = Logger.getLogger(EmailSettings.class.getName());

    @Inject
    EmailSubscriptionRepository subscriptions;

    @Inject
    MailOutbox outbox;

    public boolean mailEnabled() {
        return outbox.enabled();
    }

    /** Every kind with the member's choice (or its default). */
    @Transactional
    public List<EmailChoice> choices(Viewer viewer) {
        Map<NotificationKind, EmailFrequency> chosen = subscriptions.ofMember(signedIn(viewer))
                .map(EmailSubscription::frequencies).orElseGet(() -> new EmailSubscription(0).frequencies());
        return Arrays.stream(NotificationKind.values())
                .map(k -> new EmailChoice(k, k.emailLabel(), chosen.get(k))).toList();
    }

    @Transactional
    public void choose(Viewer viewer, Map<NotificationKind, EmailFrequency> choices) {
        long member = signedIn(viewer);
        if (choices.values().stream().anyMatch(f -> f == null)) {
            throw InvalidInput.of(InvalidInput.GLOBAL, "Choose how often for every kind of email.");
        }
        EmailSubscription subscription = subscriptions.ensure(member);
        choices.forEach(subscription::choose);
    }

    /** What an unsubscribe link would stop: the kind's label, or empty for every email. Refused if the key is wrong. */
    @Transactional
    public Optional<String> unsubscribeTarget(long memberId, String key, String kind) {
        check(memberId, key);
        return parse(kind).map(NotificationKind::emailLabel);
    }

    /** Stops one kind of email (or all of them) for the member whose link this is; doing it twice changes nothing. */
    @Transactional
    public void unsubscribe(long memberId, String key, String kind) {
        EmailSubscription subscription = check(memberId, key);
        Optional<NotificationKind> one = parse(kind);
        if (one.isPresent()) {
            subscription.choose(one.get(), EmailFrequency.OFF);
        } else {
            for (NotificationKind k : NotificationKind.values()) {
                subscription.choose(k, EmailFrequency.OFF);
            }
        }
        LOG.info(() -> "Member #" + memberId + " unsubscribed from " + one.map(Enum::name).orElse("all") + " emails");
    }

    private EmailSubscription check(long memberId, String key) {
        return subscriptions.ofMember(memberId).filter(s -> s.keyMatches(key))
                .orElseThrow(() -> new Forbidden(LINK_NOT_VALID));
    }

    private static Optional<NotificationKind> parse(String kind) {
        if (kind == null || kind.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(NotificationKind.valueOf(kind.strip()));
        } catch (IllegalArgumentException unknown) {
            throw new Forbidden(LINK_NOT_VALID);
        }
    }

    private static long signedIn(Viewer viewer) {
        if (viewer.isAnonymous()) {
            throw new Forbidden("Sign in to change your email settings.");
        }
        return viewer.memberId();
    }
}
