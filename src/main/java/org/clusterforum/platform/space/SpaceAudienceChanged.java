package org.clusterforum.platform.space;

/**
 * A space became readable by everyone ({@code nowPublic}) or by its members only (a group's owners changed its
 * visibility), fired in that transaction. What profiles, tags and reputation count in public follows: each
 * feature observing it moves its own counts.
 */
public record SpaceAudienceChanged(long spaceId, boolean nowPublic) {
}
