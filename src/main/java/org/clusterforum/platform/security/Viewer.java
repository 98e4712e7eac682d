package org.clusterforum.platform.security;

import java.io.Serializable;
import java.time.Instant;

/**
 * Who is looking: a signed-in member or an anonymous visitor. Every service read and write takes one, so
 * "not signed in" is a value, not a null check. {@code noticesWaiting}: when the member was read for this
 * request, moderators' warnings or outcomes of their reports waited to be shown (otherwise pages need not ask).
 */
public record Viewer(Long memberId, String displayName, Role role, Instant joinedAt, Instant silencedUntil,
                     boolean noticesWaiting) implements Serializable {

    private static final Viewer ANONYMOUS = new Viewer(null, "Guest", null, null, null, false);

    /** What a silenced member cannot do: write anything others read. */
    private static final java.util.Set<Permission> SILENCED_LOSE = java.util.EnumSet.of(Permission.START_THREAD,
            Permission.REPLY, Permission.ANSWER_AS_EXPERT);

    public static Viewer anonymous() {
        return ANONYMOUS;
    }

    /** A member whose joining date does not matter (threads older than it are never "new" to them). */
    public static Viewer member(long memberId, String displayName, Role role) {
        return new Viewer(memberId, displayName, role, null, null, false);
    }

    /** A member as signed in: threads started after {@code joinedAt} that they never opened count as new. */
    public static Viewer member(long memberId, String displayName, Role role, Instant joinedAt) {
        return new Viewer(memberId, displayName, role, joinedAt, null, false);
    }

    /** A member as signed in, silenced by moderators until {@code silencedUntil} (null: not silenced). */
    public static Viewer member(long memberId, String displayName, Role role, Instant joinedAt, Instant silencedUntil) {
        return new Viewer(memberId, displayName, role, joinedAt, silencedUntil, false);
    }

    public boolean isAnonymous() {
        return memberId == null;
    }

    /** What the role grants, less posting while the member is silenced. */
    public boolean can(Permission permission) {
        if (isAnonymous()) {
            return Role.ANONYMOUS.contains(permission);
        }
        if (isSilenced() && SILENCED_LOSE.contains(permission)) {
            return false;
        }
        return role.grants(permission);
    }

    public boolean isSilenced() {
        return silencedUntil != null && silencedUntil.isAfter(Instant.now());
    }

    public boolean is(Long otherMemberId) {
        return memberId != null && memberId.equals(otherMemberId);
    }
}
