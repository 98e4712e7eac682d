package org.clusterforum.group.service;

import java.time.Instant;
import org.clusterforum.account.service.MemberCard;

/**
 * An invitation or a join request as owners see it (and invitees their own): who, asked by whom, the message,
 * its state ("Pending", "Expired", …) and when it expires.
 */
public record GroupEntryView(long id, boolean invitation, MemberCard member, MemberCard askedBy, String message,
                             String state, boolean pending, Instant createdAt, Instant expiresAt, String groupName,
                             String groupSlug, String groupDescription) implements java.io.Serializable {

    public String groupUrl() {
        return "/groups/group?slug=" + groupSlug;
    }
}
