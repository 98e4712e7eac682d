package org.clusterforum.account.service;

import org.clusterforum.platform.security.Viewer;

/** A member who may be emailed: their confirmed address, their name, and who they are when reading. */
public record MailRecipient(long memberId, String email, String displayName, Viewer viewer) {
}
