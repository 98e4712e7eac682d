package org.clusterforum.platform.space;

import java.time.Instant;

/**
 * A member of staff opened content of a members-only space they do not belong to, by their moderator power
 * alone. The hook for the audit log (moderation): fired by {@link SpaceAccess#canOpen}; today it is logged.
 */
public record PrivateSpaceOpened(long staffMemberId, long spaceId, String spaceName, String what, Instant at) {
}
