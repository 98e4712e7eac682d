package org.clusterforum.platform.space;

import java.time.Instant;

/**
 * A member of staff opened content of a members-only space they do not belong to, by their moderator power
 * alone: fired by {@link SpaceAccess#canOpen}, recorded in the audit log.
 */
public record PrivateSpaceOpened(long staffMemberId, String staffName, long spaceId, String spaceName,
                                 String spaceAddress, String what, Instant at) {
}
