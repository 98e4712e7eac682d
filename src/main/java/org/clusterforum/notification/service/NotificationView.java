package org.clusterforum.notification.service;

import java.time.Instant;

/** A notification as listed: what happened, in words, and where to go. */
public record NotificationView(long id, String text, String threadTitle, Instant at, boolean unread) {
}
