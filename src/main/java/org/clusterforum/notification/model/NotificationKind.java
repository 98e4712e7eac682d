package org.clusterforum.notification.model;

/** Why a member is told about a post. When several apply to one post, only the first in this order is used. */
public enum NotificationKind {
    MENTION,
    REPLY_TO_YOU,
    WATCHED_REPLY,
    WATCHED_THREAD,
    LIKE,
    /** A new answer on your challenge. */
    NEW_ANSWER,
    ANSWER_ACCEPTED,
    EXPERT_INVITED,
    COMMENT,
    CHALLENGE_SOLVED
}
