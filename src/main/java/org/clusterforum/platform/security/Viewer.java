package org.clusterforum.platform.security;

import java.io.Serializable;
import java.time.Instant;

/**
 * Who is looking: a signed-in member or an anonymous visitor. Every service read and write takes one, so
 * "not signed in" is a value, not a null check.
 */
public record Viewer(Long memberId, String displayName, Role role, Instant joinedAt) implements Serializable {

    private static final Viewer ANONYMOUS = new Viewer(null, "Guest", null, null);

    public static Viewer anonymous() {
        return ANONYMOUS;
    }

    /** A member whose joining date does not matter (threads older than it are never "new" to them). */
    public static Viewer member(long memberId, String displayName, Role role) {
        return new Viewer(memberId, displayName, role, null);
    }

    /** A member as signed in: threads started after {@code joinedAt} that they never opened count as new. */
    public static Viewer member(long memberId, String displayName, Role role, Instant joinedAt) {
        return new Viewer(memberId, displayName, role, joinedAt);
    }

    public boolean isAnonymous() {
        return memberId == null;
    }

    public boolean can(Permission permission) {
        return isAnonymous() ? Role.ANONYMOUS.contains(permission) : role.grants(permission);
    }

    public boolean is(Long otherMemberId) {
        return memberId != null && memberId.equals(otherMemberId);
    }
}
