package org.clusterforum.notification.service;

import org.clusterforum.notification.model.EmailFrequency;
import org.clusterforum.notification.model.NotificationKind;

/** One line of the email settings page: a kind of notification and how often the member hears of it by email. */
public record EmailChoice(NotificationKind kind, String label, EmailFrequency frequency) {
}
