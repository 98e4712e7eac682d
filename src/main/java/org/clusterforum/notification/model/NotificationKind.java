package org.clusterforum.notification.model;

/** Why a member is told about a post. When several apply to one post, only the first in this order is used. */
public enum NotificationKind {
    MENTION,
    REPLY_TO_YOU,
    WATCHED_REPLY,
    WATCHED_THREAD,
    LIKE
}
