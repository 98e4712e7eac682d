package org.clusterforum.group.service;

import java.time.Instant;
import org.clusterforum.account.service.MemberCard;

/** One member of a group with what the viewer may do about them. */
public record GroupMemberView(MemberCard member, String role, boolean owner, Instant joinedAt, boolean canRemove,
                              boolean canMakeOwner, boolean canStepDown, boolean canTransfer) implements java.io.Serializable {
}
