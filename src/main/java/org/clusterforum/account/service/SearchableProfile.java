package org.clusterforum.account.service;

import java.time.Instant;

/** What search knows of a member: name, @handle, organisation and role, and when they joined. */
public record SearchableProfile(long memberId, String displayName, String handle, String organisation, String role,
                                Instant joinedAt) {
}
