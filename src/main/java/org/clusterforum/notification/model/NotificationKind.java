package org.clusterforum.notification.model;

/**
 * Why a member is told about a post. When several apply to one post, only the first in this order is used. Each
 * kind is also a choice on the member's email settings, with a default that mails what is addressed to them at
 * once, what they follow in a daily digest, and never likes.
 */
public enum NotificationKind {
    MENTION("Someone mentions you", EmailFrequency.IMMEDIATELY),
    REPLY_TO_YOU("Someone replies to your post", EmailFrequency.IMMEDIATELY),
    WATCHED_REPLY("New replies and answers in threads and challenges you watch", EmailFrequency.DAILY),
    WATCHED_THREAD("New threads and challenges in themes and groups you watch", EmailFrequency.DAILY),
    LIKE("Someone likes your post", EmailFrequency.OFF),
    /** A new answer on your challenge. */
    NEW_ANSWER("Someone answers your challenge", EmailFrequency.IMMEDIATELY),
    ANSWER_ACCEPTED("Your answer is accepted", EmailFrequency.IMMEDIATELY),
    EXPERT_INVITED("You are invited to answer a challenge as an expert", EmailFrequency.IMMEDIATELY),
    COMMENT("Someone comments on your challenge or answer", EmailFrequency.DAILY),
    CHALLENGE_SOLVED("A challenge you follow is solved", EmailFrequency.DAILY),
    /** A new member's waiting post (thread, reply, challenge or answer) was approved by a moderator. */
    POST_APPROVED("A moderator approves your waiting post", EmailFrequency.IMMEDIATELY);

    private final String emailLabel;
    private final EmailFrequency defaultEmail;

    NotificationKind(String emailLabel, EmailFrequency defaultEmail) {
        this.emailLabel = emailLabel;
        this.defaultEmail = defaultEmail;
    }

    /** The choice's label on the email settings page. */
    public String emailLabel() {
        return emailLabel;
    }

    /** How a member who never changed it hears about this kind by email. */
    public EmailFrequency defaultEmail() {
        return defaultEmail;
    }
}
