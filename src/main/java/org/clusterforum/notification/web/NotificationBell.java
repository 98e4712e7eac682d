package org.clusterforum.notification.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.clusterforum.notification.service.NotificationService;
import org.clusterforum.platform.security.CurrentMember;

/** The header's notifications link with its unread count: {@code #{notificationBell.unread}}. */
@Named
@RequestScoped
public class NotificationBell {

    @Inject
    NotificationService notifications;

    @Inject
    CurrentMember currentMember;

    private Long unread;

    public long getUnread() {
        if (unread == null) {
            unread = notifications.unreadCount(currentMember.viewer());
        }
        return unread;
    }
}
