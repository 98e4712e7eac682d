package org.clusterforum.platform.space;

/** Who may read a space: everyone (themes, the challenge board, public groups) or only its members. */
public enum SpaceAudience {
    EVERYONE,
    MEMBERS
}
