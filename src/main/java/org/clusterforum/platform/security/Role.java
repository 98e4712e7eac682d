package org.clusterforum.platform.security;

import java.util.EnumSet;
import java.util.Set;

/** A member's site-wide role and the permissions it grants: the one place where that mapping lives. */
public enum Role {
    MEMBER("Member", EnumSet.of(Permission.READ_PUBLIC, Permission.START_THREAD, Permission.REPLY)),
    EXPERT("Expert", EnumSet.of(Permission.READ_PUBLIC, Permission.START_THREAD, Permission.REPLY,
            Permission.ANSWER_AS_EXPERT)),
    MODERATOR("Moderator", EnumSet.of(Permission.READ_PUBLIC, Permission.START_THREAD, Permission.REPLY,
            Permission.ANSWER_AS_EXPERT, Permission.MODERATE)),
    ADMIN("Administrator", EnumSet.allOf(Permission.class));

    /** Permissions of a visitor who has not signed in. */
    static final Set<Permission> ANONYMOUS = EnumSet.of(Permission.READ_PUBLIC);

    private final String label;
    private final Set<Permission> permissions;

    Role(String label, Set<Permission> permissions) {
        this.label = label;
        this.permissions = permissions;
    }

    public String label() {
        return label;
    }

    public boolean grants(Permission permission) {
        return permissions.contains(permission);
    }
}
