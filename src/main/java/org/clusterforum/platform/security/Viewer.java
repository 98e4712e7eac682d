package org.clusterforum.platform.security;

import java.io.Serializable;

/**
 * Who is looking: a signed-in member or an anonymous visitor. Every service read and write takes one, so
 * "not signed in" is a value, not a null check.
 */
public record Viewer(Long memberId, String displayName, Role role) implements Serializable {

    private static final Viewer ANONYMOUS = new Viewer(null, "Guest", null);

    public static Viewer anonymous() {
        return ANONYMOUS;
    }

    public static Viewer member(long memberId, String displayName, Role role) {
        return new Viewer(memberId, displayName, role);
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
