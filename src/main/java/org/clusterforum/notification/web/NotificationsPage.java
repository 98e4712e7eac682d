package org.clusterforum.notification.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.clusterforum.notification.service.NotificationService;
import org.clusterforum.notification.service.NotificationView;
import org.clusterforum.platform.persistence.Page;
import org.clusterforum.platform.persistence.PageRequest;
import org.clusterforum.platform.security.CurrentMember;
import org.clusterforum.platform.validation.NotFound;
import org.clusterforum.platform.web.Ids;
import org.clusterforum.platform.web.Pages;

/** /notifications: the signed-in member's notifications; opening one marks it read. */
@Named
@RequestScoped
public class NotificationsPage {

    @Inject
    NotificationService notifications;

    @Inject
    CurrentMember currentMember;

    private String page;
    private Page<NotificationView> items;

    public Page<NotificationView> getItems() {
        if (items == null) {
            items = notifications.page(currentMember.viewer(),
                    PageRequest.of(Ids.parse(page), NotificationService.PER_PAGE));
        }
        return items;
    }

    public void open(long notificationId) {
        try {
            Pages.redirect(notifications.open(currentMember.viewer(), notificationId));
        } catch (NotFound e) {
            Pages.error("That post is no longer available.");
        }
    }

    public void markRead(long notificationId) {
        try {
            notifications.markRead(currentMember.viewer(), notificationId);
        } catch (NotFound e) {
            Pages.error("That notification is gone.");
        }
        items = null;
    }

    public void markAllRead() {
        int n = notifications.markAllRead(currentMember.viewer());
        Pages.info(n == 0 ? "Nothing was unread." : "All notifications are marked as read.");
        Pages.redirect("/notifications");
    }

    public String getPage() {
        return page;
    }

    public void setPage(String page) {
        this.page = page;
    }
}
